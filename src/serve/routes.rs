//! The routes as the metrics name them.

/// The route a path belongs to, for metrics (never a user's key).
pub(super) fn route_of(path: &str) -> &'static str {
    const ROUTES: [&str; 39] = [
        "/v1/admin/authorize",
        "/v1/admin/users/import",
        "/v1/admin/users/sync",
        "/v1/admin/users/reset-password",
        "/v1/admin/audit/list",
        "/v1/admin/users/history",
        "/v1/admin/db/check",
        "/v1/admin/db/stats",
        "/v1/admin/users/update",
        "/v1/admin/users/create",
        "/v1/admin/users/export",
        "/v1/admin/audit/verify",
        "/v1/admin/users/show",
        "/v1/admin/users/list",
        "/v1/admin/login",
        "/v1/admin/logout",
        "/v1/admin/whoami",
        "/v1/admin/users/change",
        "/healthz",
        "/metrics",
        "/v1/auth/login",
        "/v1/auth/verify",
        "/v1/auth/check",
        "/v1/sessions/check",
        "/v1/sessions/revoke",
        "/accept-invite",
        "/reset",
        "/reset-password",
        "/forgot",
        "/change-password",
        "/onboarding",
        "/static/roster.css",
        "/logo",
        "/scim/v2/Users",
        "/scim/v2/Groups",
        "/scim/v2/Me",
        "/scim/v2/ServiceProviderConfig",
        "/scim/v2/ResourceTypes",
        "/scim/v2/Schemas",
    ];
    if let Some(route) = ROUTES
        .iter()
        .chain(super::admin::CALL_PATHS)
        .find(|r| **r == path)
    {
        return route;
    }
    if path.starts_with("/v1/users/") {
        return "/v1/users/{key}";
    }
    if path.starts_with("/scim/v2/Users/") {
        return "/scim/v2/Users/{id}";
    }
    if path.starts_with("/scim/v2/Groups/") {
        return "/scim/v2/Groups/{id}";
    }
    "other"
}
