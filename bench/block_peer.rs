//! The peer of bench/run.sh's SCIM deactivation line: `user block` of the
//! same number of users one by one, through the library call the command
//! line makes (`ops::change::run`, one request a user, one session), on
//! the same store, so what SCIM adds (HTTP, the token, the resource and its
//! version, the patch) is measured against the work itself.
//!
//!     cargo run --release --example block_peer -- STORE FIRST COUNT
//!
//! Blocks user{FIRST}@example.com … user{FIRST+COUNT-1}@example.com (the
//! bench's seed users) and prints the seconds it took.

use std::time::{Duration, Instant};

use roster::domain::query::Selector;
use roster::mail::Transport;
use roster::ops::Ctx;
use roster::ops::change::{self, BulkRequest, Change};
use roster::ops::delivery::MailSettings;
use roster::ops::driver::BulkOptions;
use roster::ops::front::{Collect, Quiet, Yes};
use roster::ops::session::{OpenOptions, Opening, Session};
use roster::store::StoreLocation;

fn main() -> roster::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, store, first, count] = args.as_slice() else {
        panic!("usage: block_peer STORE FIRST COUNT");
    };
    let (first, count): (u64, u64) = (first.parse().unwrap(), count.parse().unwrap());
    let location = StoreLocation::from(std::path::Path::new(store));
    let opening = Opening {
        location: &location,
        options: OpenOptions::default(),
        dry_run: false,
        command: "user block",
        actor_named: false,
    };
    let mail = MailSettings {
        transport: Transport::File(std::env::temp_dir().join("roster-bench-mail")),
        from: "accounts@example.com".into(),
        deadline: Duration::from_secs(10),
        require_delivery: false,
    };
    let ctx = Ctx::new("bench", "https://accounts.example.com");
    let mut session = Session::open(&opening, ctx, mail, &Quiet)?;
    let started = Instant::now();
    for i in first..first + count {
        let request = BulkRequest {
            change: Change::Block { until: None },
            users: vec![format!("user{i}@example.com")],
            selector: Selector::default(),
            reason: Some("deprovisioned".into()),
            options: BulkOptions::default(),
        };
        let mut rows = Collect::default();
        change::run(&mut session, &request, &mut Yes, &mut rows, &Quiet)?;
        assert_eq!(rows.0.len(), 1);
    }
    println!("{:.3}", started.elapsed().as_secs_f64());
    Ok(())
}
