//! Role catalogues for the products roster serves (`role preset apply NAME`),
//! written from their help pages (`shared/seeds/`): which roles there are,
//! what each may do, which stand alone, which need a feature or a group.
//! Product permissions (`operations.manage`, `clocking`) mean what the product
//! makes of them; the `users.*`, `roles.manage` and `audit.read` ones are
//! what roster itself enforces.

use super::access::{FeatureName, GroupKind, Permission, Role, RoleName};
use super::error::Result;

/// One role of a catalogue.
#[derive(Debug)]
pub struct RoleDef {
    pub name: &'static str,
    pub description: &'static str,
    pub permissions: &'static [&'static str],
    pub exclusive: bool,
    pub requires_feature: Option<&'static str>,
    pub scope: Option<&'static str>,
}

/// A catalogue of roles.
#[derive(Debug)]
pub struct Preset {
    pub name: &'static str,
    pub description: &'static str,
    pub roles: &'static [RoleDef],
}

const fn plain(
    name: &'static str,
    description: &'static str,
    permissions: &'static [&'static str],
) -> RoleDef {
    RoleDef {
        name,
        description,
        permissions,
        exclusive: false,
        requires_feature: None,
        scope: None,
    }
}

/// Every `users.*` permission, and the rest roster enforces.
const USER_ADMIN: &[&str] = &[
    "users.read",
    "users.manage",
    "users.reset-password",
    "users.sign-out",
    "users.block",
    "users.unblock",
    "users.delete",
    "roles.manage",
    "audit.read",
];

pub const PRESETS: &[Preset] = &[
    Preset {
        name: "back-office",
        description: "staff of a back-office application: settings, operational and reporting data",
        roles: &[
            plain(
                "administrator",
                "every setting, all operational and reporting data, and the users",
                &[
                    "settings.manage",
                    "operations.manage",
                    "reports.read",
                    "users.read",
                    "users.manage",
                    "users.reset-password",
                    "users.sign-out",
                    "users.block",
                    "users.unblock",
                    "users.delete",
                    "roles.manage",
                    "audit.read",
                ],
            ),
            plain(
                "accountant",
                "all operational and reporting data, a few settings",
                &["operations.manage", "reports.read", "settings.read"],
            ),
            RoleDef {
                exclusive: true,
                requires_feature: Some("TechnicianUsers"),
                ..plain(
                    "technician",
                    "repair orders and reports of their own team; stands alone",
                    &["repair-orders.manage", "reports.read"],
                )
            },
            plain(
                "work-manager",
                "part of the operational and reporting data",
                &["operations.manage", "reports.read"],
            ),
            plain(
                "work-manager-read-only",
                "looks at what a work manager works on, changes nothing",
                &["operations.read", "reports.read"],
            ),
            RoleDef {
                exclusive: true,
                scope: Some("team"),
                ..plain(
                    "team-work-manager",
                    "operational and reporting data of their teams only; stands alone",
                    &["operations.manage", "reports.read"],
                )
            },
            RoleDef {
                exclusive: true,
                scope: Some("area"),
                ..plain(
                    "area-work-manager",
                    "operational and reporting data of their areas only; stands alone",
                    &["operations.manage", "reports.read"],
                )
            },
            RoleDef {
                scope: Some("team"),
                ..plain(
                    "team-administrator",
                    "settings, operational and reporting data, within their teams",
                    &["settings.manage", "operations.manage", "reports.read"],
                )
            },
            RoleDef {
                scope: Some("area"),
                ..plain(
                    "area-administrator",
                    "settings, operational and reporting data, within their areas",
                    &["settings.manage", "operations.manage", "reports.read"],
                )
            },
        ],
    },
    Preset {
        name: "client",
        description: "a client's own staff, working with that client's data",
        roles: &[
            plain(
                "client",
                "the client's administrator: more than any other client role",
                &[
                    "client-data.manage",
                    "reports.read",
                    "monitor.use",
                    "repair-orders.status",
                    "inspections.approve",
                ],
            ),
            plain(
                "client-accountant",
                "most of the client's data",
                &["client-data.read", "reports.read"],
            ),
            plain(
                "client-monitor-manager",
                "the monitor and its dashboards, some operational and reporting data; can move repair orders on",
                &[
                    "monitor.use",
                    "operations.read",
                    "reports.read",
                    "repair-orders.status",
                ],
            ),
            RoleDef {
                exclusive: true,
                ..plain(
                    "client-monitor-manager-read-only",
                    "what a monitor manager sees, changing nothing; stands alone",
                    &["monitor.view", "operations.read", "reports.read"],
                )
            },
            plain(
                "client-inspector",
                "approves or declines the client's inspections",
                &["inspections.approve"],
            ),
        ],
    },
    Preset {
        name: "operator",
        description: "operatives of a workforce portal, and the managers who look after their accounts",
        roles: &[
            plain(
                "operator",
                "an operative with every portal permission (grant one alone with `--permission` instead)",
                &["clocking", "clocking-history", "payment-history"],
            ),
            plain(
                "operator-admin",
                "manages operatives' accounts: every action on the users page",
                &[
                    "users.read",
                    "users.manage",
                    "users.reset-password",
                    "users.sign-out",
                    "users.block",
                    "users.unblock",
                ],
            ),
            plain(
                "operator-read-only",
                "the users page in read-only mode",
                &["users.read"],
            ),
            plain(
                "operator-password-reset",
                "resets operatives' passwords",
                &["users.read", "users.reset-password"],
            ),
            plain(
                "operator-sign-out",
                "signs operatives out of every device",
                &["users.read", "users.sign-out"],
            ),
            plain(
                "operator-disable",
                "disables (blocks) operatives",
                &["users.read", "users.block"],
            ),
            plain(
                "operator-enable",
                "enables (unblocks) operatives",
                &["users.read", "users.unblock"],
            ),
        ],
    },
    Preset {
        name: "admin-console",
        description: "an admin console of a retail product: admins and sales managers of stores",
        roles: &[
            plain("admin", "the only role that manages users", USER_ADMIN),
            plain(
                "sales-manager",
                "sells for a store",
                &["sales.manage", "reports.read"],
            ),
            RoleDef {
                scope: Some("store"),
                ..plain(
                    "regional-sales-manager",
                    "sells for the stores of a region; needs a default store (--group store:NAME)",
                    &["sales.manage", "reports.read"],
                )
            },
        ],
    },
];

/// The catalogue of that name.
pub fn find(name: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.name == name)
}

/// A catalogue's role as a role to store.
pub fn role(preset: &Preset, def: &RoleDef) -> Result<Role> {
    Ok(Role {
        name: RoleName::parse(def.name)?,
        description: Some(def.description.to_string()),
        permissions: def
            .permissions
            .iter()
            .map(|p| Permission::parse(p))
            .collect::<Result<_>>()?,
        exclusive: def.exclusive,
        requires_feature: def.requires_feature.map(FeatureName::parse).transpose()?,
        scope: def.scope.map(GroupKind::parse).transpose()?,
        preset: Some(preset.name.to_string()),
        unreviewed: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_role_is_valid_and_named_once() {
        for preset in PRESETS {
            let mut names = std::collections::BTreeSet::new();
            for def in preset.roles {
                role(preset, def).unwrap();
                assert!(
                    names.insert(def.name),
                    "{} twice in {}",
                    def.name,
                    preset.name
                );
            }
        }
    }
}
