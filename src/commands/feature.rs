//! `roster feature …`: the product features roles may need.

use anyhow::Result;

use super::{App, print};
use crate::cli::FeatureCommand;
use crate::domain::access::FeatureName;
use crate::domain::stored::FeatureRow;
use crate::exit::Exit;
use crate::ops::call::FeatureList;
use crate::ops::feature::FeatureToggle;
use crate::output::Record;

impl Record for FeatureRow {
    fn id(&self) -> Option<&str> {
        Some(&self.name)
    }
    fn table_headers() -> Vec<&'static str> {
        vec!["FEATURE", "ENABLED", "ROLES"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.enabled.to_string(),
            self.roles.join(", "),
        ]
    }
}

pub fn run(app: &mut App, cmd: FeatureCommand) -> Result<Exit> {
    let (name, enabled, force) = match cmd {
        FeatureCommand::List => {
            let rows = app.call(FeatureList {})?;
            print(
                app,
                &rows,
                "no features: none is set, and no role needs one",
            )?;
            return Ok(Exit::Ok);
        }
        FeatureCommand::Enable { name } => (name, true, false),
        FeatureCommand::Disable { name, force } => (name, false, force),
    };
    let feature = FeatureName::parse(&name)?;
    let changed = app.call(FeatureToggle {
        feature: feature.clone(),
        enabled,
        force,
    })?;
    let (name, state) = (&feature, if enabled { "on" } else { "off" });
    app.say(&if changed {
        format!("feature {name} is {state}")
    } else {
        format!("feature {name}: unchanged (already {state})")
    });
    Ok(Exit::Ok)
}
