
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'roster' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'roster'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'roster' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Create, list, change and move users through their lifecycle')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the audit log')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign users in and check credentials, sessions, invitations and resets')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The outbox: mail queued by roster, delivered or waiting')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store: where it is, migrations, checks, statistics, backup, copy')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The settings roster runs with')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Roles: what users may do, and the rules for giving them')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups users belong to: clients, teams, areas, stores, crews')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Features of the product that roles may need')
            [CompletionResult]::new('attribute', 'attribute', [CompletionResultType]::ParameterValue, 'Rules for attribute values')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to a roster server, to run commands through it (SPEC §12)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out of a roster server: the session ends there and is forgotten here')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you act as on the roster server, with what credential and permissions')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the account service: the pages behind the links in mail, and the API for the product''s servers (SPEC §12)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens: credentials a product''s servers and CI jobs use instead of a password')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user: invited by email (default) or active at once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user in full')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields, attributes, roles, groups and permissions')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Cancel invitations (invited, invitation_expired → invitation_revoked)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Let blocked users sign in again (blocked → active)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Remove users from active use, keeping them for history (any status → archived)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived users back to the status they had before')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give users a new password (typed, generated) or email them a reset link')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'End every session of users at once (any status)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift the lockout after repeated failed sign-ins')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Send an email to users: a built-in template or your own text')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users permanently (always asks; the audit log keeps only their ids)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The audit log of one user')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'Print the table of which verb moves a user from which status to which')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;user;create' {
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Login name: letters, digits, ''.'', ''_'', ''-''; unique')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name (also --first-name)')
            [CompletionResult]::new('--middle', '--middle', [CompletionResultType]::ParameterName, 'Middle name (also --middle-name)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name (also --last-name)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, state or county')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--employee-id', '--employee-id', [CompletionResultType]::ParameterName, 'Employee ID')
            [CompletionResult]::new('--accounting-id', '--accounting-id', [CompletionResultType]::ParameterName, 'ID in the accounting system')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A free-text comment (up to 4000 characters)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'A product-specific field, e.g. operator_type=PAYE (repeatable; each key once)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A role to give (repeatable); it must exist (`roster role list`)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'A group to join, as KIND:NAME, e.g. team:north or client:"Acme Fleet Ltd" (repeatable); it must exist unless --create-groups')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission granted to this user alone (repeatable)')
            [CompletionResult]::new('--credentials-file', '--credentials-file', [CompletionResultType]::ParameterName, 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--create-groups', '--create-groups', [CompletionResultType]::ParameterName, 'Make the groups given that do not exist yet')
            [CompletionResult]::new('--no-invite', '--no-invite', [CompletionResultType]::ParameterName, 'Create the user active, with no invitation')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file')
            [CompletionResult]::new('--prompt-password', '--prompt-password', [CompletionResultType]::ParameterName, 'Ask for the password on the terminal, twice')
            [CompletionResult]::new('--no-must-change', '--no-must-change', [CompletionResultType]::ParameterName, 'Do not ask for a new password at the first sign-in (with a password set here)')
            [CompletionResult]::new('--request-onboarding', '--request-onboarding', [CompletionResultType]::ParameterName, 'Record that the onboarding form was requested, and email the request')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Send no email: the invitation is issued (resend it with `user invite`), the onboarding request is not sent')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'If a user with this email exists, leave it as it is (outcome `unchanged`, no password generated) and exit 0')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Show only these fields, in this order, in every format (names as in the CSV header: id, email, first_name, status, created_at, …)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by these fields, ''-'' for descending: id, created, updated, email, username, first, last, status, last-login')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many users')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many users first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (the same as no filter; accepted so a selector reads the same for list and for the bulk verbs)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;update' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'New email address')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'New username; an empty value removes it')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First name (also --first-name)')
            [CompletionResult]::new('--middle', '--middle', [CompletionResultType]::ParameterName, 'Middle name (also --middle-name)')
            [CompletionResult]::new('--last', '--last', [CompletionResultType]::ParameterName, 'Last name (also --last-name)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Street address')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'City')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, state or county')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'Postal code')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'Country')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--employee-id', '--employee-id', [CompletionResultType]::ParameterName, 'Employee ID')
            [CompletionResult]::new('--accounting-id', '--accounting-id', [CompletionResultType]::ParameterName, 'ID in the accounting system')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'A free-text comment (up to 4000 characters)')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Set an attribute (repeatable; each key once)')
            [CompletionResult]::new('--unset-attr', '--unset-attr', [CompletionResultType]::ParameterName, 'Remove an attribute (repeatable)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Set the roles to exactly these (repeatable)')
            [CompletionResult]::new('--add-role', '--add-role', [CompletionResultType]::ParameterName, 'Give a role (repeatable)')
            [CompletionResult]::new('--remove-role', '--remove-role', [CompletionResultType]::ParameterName, 'Take a role away (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Set the groups to exactly these, as KIND:NAME (repeatable)')
            [CompletionResult]::new('--add-group', '--add-group', [CompletionResultType]::ParameterName, 'Join a group, as KIND:NAME (repeatable)')
            [CompletionResult]::new('--remove-group', '--remove-group', [CompletionResultType]::ParameterName, 'Leave a group (repeatable)')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Set this user''s own permissions to exactly these (repeatable)')
            [CompletionResult]::new('--add-permission', '--add-permission', [CompletionResultType]::ParameterName, 'Grant a permission to this user alone (repeatable)')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'Take back a permission granted to this user (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--create-groups', '--create-groups', [CompletionResultType]::ParameterName, 'Make the groups given that do not exist yet')
            [CompletionResult]::new('--request-onboarding', '--request-onboarding', [CompletionResultType]::ParameterName, 'Record that the onboarding form was requested now, and email the request')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;invite' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--no-email', '--no-email', [CompletionResultType]::ParameterName, 'Issue the new invitation but send no email')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;revoke' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;block' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Lift the block automatically at this time (2026-01-31, RFC 3339, or +7d)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;unblock' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;archive' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;restore' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;reset-password' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--credentials-file', '--credentials-file', [CompletionResultType]::ParameterName, 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file')
            [CompletionResult]::new('--prompt-password', '--prompt-password', [CompletionResultType]::ParameterName, 'Ask for the password on the terminal, twice')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Email a single-use reset link instead of setting a password')
            [CompletionResult]::new('--no-must-change', '--no-must-change', [CompletionResultType]::ParameterName, 'Do not ask for a new password at the next sign-in')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;sign-out' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;unlock' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;email' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'A built-in (or overridden) template that makes sense on its own: onboarding or registration')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'The subject of your own message (with --body-file)')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'The text of your own message (''-'' for stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;delete' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Read the file as this format, whatever its name')
            [CompletionResult]::new('--credentials-file', '--credentials-file', [CompletionResultType]::ParameterName, 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'A row for a user who exists: fail (the row is an error), skip (leave the user), update (the user''s fields become the row''s)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)')
            [CompletionResult]::new('--no-invite', '--no-invite', [CompletionResultType]::ParameterName, 'New users with no status and no password hash start active with no password (the default)')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Give new active users without a password_hash a generated password, written to --credentials-file')
            [CompletionResult]::new('--no-must-change', '--no-must-change', [CompletionResultType]::ParameterName, 'Generated passwords need not be changed at first sign-in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: one transaction, and no row may fail')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;export' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE (created 0600; an existing file is never overwritten); its extension sets the format unless --format does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE (created 0600; an existing file is never overwritten); its extension sets the format unless --format does')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (the same as no filter)')
            [CompletionResult]::new('--include-hashes', '--include-hashes', [CompletionResultType]::ParameterName, 'Include password hashes (argon2, bcrypt) so that passwords survive an import elsewhere')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;sync' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Read the file as this format, whatever its name')
            [CompletionResult]::new('--credentials-file', '--credentials-file', [CompletionResultType]::ParameterName, 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'What to do with users the file does not list')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing')
            [CompletionResult]::new('--invite', '--invite', [CompletionResultType]::ParameterName, 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)')
            [CompletionResult]::new('--no-invite', '--no-invite', [CompletionResultType]::ParameterName, 'New users with no status and no password hash start active with no password (the default)')
            [CompletionResult]::new('--generate-password', '--generate-password', [CompletionResultType]::ParameterName, 'Give new active users without a password_hash a generated password, written to --credentials-file')
            [CompletionResult]::new('--no-must-change', '--no-must-change', [CompletionResultType]::ParameterName, 'Generated passwords need not be changed at first sign-in')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: one transaction, and no row may fail')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;transitions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;user;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user: invited by email (default) or active at once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user in full')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields, attributes, roles, groups and permissions')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Cancel invitations (invited, invitation_expired → invitation_revoked)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Let blocked users sign in again (blocked → active)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Remove users from active use, keeping them for history (any status → archived)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived users back to the status they had before')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give users a new password (typed, generated) or email them a reset link')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'End every session of users at once (any status)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift the lockout after repeated failed sign-ins')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Send an email to users: a built-in template or your own text')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users permanently (always asks; the audit log keeps only their ids)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The audit log of one user')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'Print the table of which verb moves a user from which status to which')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;user;help;create' {
            break
        }
        'roster;user;help;list' {
            break
        }
        'roster;user;help;show' {
            break
        }
        'roster;user;help;update' {
            break
        }
        'roster;user;help;invite' {
            break
        }
        'roster;user;help;revoke' {
            break
        }
        'roster;user;help;block' {
            break
        }
        'roster;user;help;unblock' {
            break
        }
        'roster;user;help;archive' {
            break
        }
        'roster;user;help;restore' {
            break
        }
        'roster;user;help;reset-password' {
            break
        }
        'roster;user;help;sign-out' {
            break
        }
        'roster;user;help;unlock' {
            break
        }
        'roster;user;help;email' {
            break
        }
        'roster;user;help;delete' {
            break
        }
        'roster;user;help;import' {
            break
        }
        'roster;user;help;export' {
            break
        }
        'roster;user;help;sync' {
            break
        }
        'roster;user;help;history' {
            break
        }
        'roster;user;help;transitions' {
            break
        }
        'roster;user;help;help' {
            break
        }
        'roster;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 at the first broken entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;audit;list' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only entries about this user (id, email or username; a deleted user by id)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Only this action (create, update, invite, block, …)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Entries at or after this time (2026-01-31, RFC 3339, or -7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Entries before this time')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;audit;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 at the first broken entry')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;audit;help;list' {
            break
        }
        'roster;audit;help;verify' {
            break
        }
        'roster;audit;help;help' {
            break
        }
        'roster;auth' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password (exit 0 right, 7 wrong, locked out or not active)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: check the password and print a new session token once')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'A user changes their own password: the current one on the first line of stdin, the new one on the second')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Check or end a session')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept an invitation: token on the first line of stdin, new password on the second')
            [CompletionResult]::new('complete-reset', 'complete-reset', [CompletionResultType]::ParameterValue, 'Complete a password reset: token on the first line of stdin, new password on the second')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;login' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;change-password' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the current password from the first line of stdin and the new one from the second (on a terminal, without it, roster asks)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;session' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End the session on stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;session;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the session token from stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;session;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the session token from stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;session;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End the session on stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;session;help;check' {
            break
        }
        'roster;auth;session;help;revoke' {
            break
        }
        'roster;auth;session;help;help' {
            break
        }
        'roster;auth;accept-invite' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from the first line of stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the next line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;complete-reset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from the first line of stdin')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the next line of stdin')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;auth;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password (exit 0 right, 7 wrong, locked out or not active)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: check the password and print a new session token once')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'A user changes their own password: the current one on the first line of stdin, the new one on the second')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Check or end a session')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept an invitation: token on the first line of stdin, new password on the second')
            [CompletionResult]::new('complete-reset', 'complete-reset', [CompletionResultType]::ParameterValue, 'Complete a password reset: token on the first line of stdin, new password on the second')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;auth;help;verify' {
            break
        }
        'roster;auth;help;login' {
            break
        }
        'roster;auth;help;change-password' {
            break
        }
        'roster;auth;help;check' {
            break
        }
        'roster;auth;help;session' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End the session on stdin')
            break
        }
        'roster;auth;help;session;check' {
            break
        }
        'roster;auth;help;session;revoke' {
            break
        }
        'roster;auth;help;accept-invite' {
            break
        }
        'roster;auth;help;complete-reset' {
            break
        }
        'roster;auth;help;help' {
            break
        }
        'roster;mail' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages in the outbox')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Deliver every queued message now')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver these queued messages now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;mail;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--queued', '--queued', [CompletionResultType]::ParameterName, 'Only messages still waiting for delivery')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;mail;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--links', '--links', [CompletionResultType]::ParameterName, 'Print only the links of the delivered message, one a line, read back from the .eml file the file: transport wrote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;mail;flush' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;mail;retry' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;mail;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages in the outbox')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Deliver every queued message now')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver these queued messages now')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;mail;help;list' {
            break
        }
        'roster;mail;help;show' {
            break
        }
        'roster;mail;help;flush' {
            break
        }
        'roster;mail;help;retry' {
            break
        }
        'roster;mail;help;help' {
            break
        }
        'roster;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the store file (or the connection string, without its password)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Users per status')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one: SQLite to PostgreSQL or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;stats' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the store file (or the connection string, without its password)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Users per status')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one: SQLite to PostgreSQL or back')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;db;help;path' {
            break
        }
        'roster;db;help;migrate' {
            break
        }
        'roster;db;help;check' {
            break
        }
        'roster;db;help;stats' {
            break
        }
        'roster;db;help;backup' {
            break
        }
        'roster;db;help;copy' {
            break
        }
        'roster;db;help;help' {
            break
        }
        'roster;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved settings and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved settings and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;config;help;show' {
            break
        }
        'roster;config;help;help' {
            break
        }
        'roster;role' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with their permissions and rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role, and who holds it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, rules or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; one that users hold needs --force')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a role to users: named ones, a file of them, or a selection')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role from users: named ones, a file of them, or a selection')
            [CompletionResult]::new('preset', 'preset', [CompletionResultType]::ParameterValue, 'Catalogues of roles for the products roster serves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;role;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;create' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'A permission the role gives (repeatable)')
            [CompletionResult]::new('--requires-feature', '--requires-feature', [CompletionResultType]::ParameterName, 'The role can be given only while this feature is on')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'The role needs a group of this kind beside it (team, area, store, …)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'The role cannot be combined with any other role')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;update' {
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Add a permission (repeatable)')
            [CompletionResult]::new('--remove-permission', '--remove-permission', [CompletionResultType]::ParameterName, 'Take a permission away (repeatable)')
            [CompletionResult]::new('--requires-feature', '--requires-feature', [CompletionResultType]::ParameterName, 'Gate the role behind a feature ("" removes the gate)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope the role to a group kind ("" removes the scope)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the role is for ("" removes it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Make the role exclusive')
            [CompletionResult]::new('--not-exclusive', '--not-exclusive', [CompletionResultType]::ParameterName, 'Let the role be combined with others again')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Take the role from every user who holds it first (each is audited)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;assign' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;unassign' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Users in these statuses (comma-separated or repeated)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Users with this role')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Users in this group')
            [CompletionResult]::new('--permission', '--permission', [CompletionResultType]::ParameterName, 'Users who have this permission, through a role or their own')
            [CompletionResult]::new('--onboarding', '--onboarding', [CompletionResultType]::ParameterName, 'Users whose onboarding form was requested, or not')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)')
            [CompletionResult]::new('--inactive-for', '--inactive-for', [CompletionResultType]::ParameterName, 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d')
            [CompletionResult]::new('--created-before', '--created-before', [CompletionResultType]::ParameterName, 'Users created before this time (2026-01-31, RFC 3339, or -30d)')
            [CompletionResult]::new('--created-after', '--created-after', [CompletionResultType]::ParameterName, 'Users created after this time')
            [CompletionResult]::new('--attr', '--attr', [CompletionResultType]::ParameterName, 'Users with this attribute value (repeatable)')
            [CompletionResult]::new('--max-affected', '--max-affected', [CompletionResultType]::ParameterName, 'Refuse (exit 5) if more than N users would change')
            [CompletionResult]::new('--expect-count', '--expect-count', [CompletionResultType]::ParameterName, 'Refuse (exit 5) unless exactly N users match')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why, kept in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--locked', '--locked', [CompletionResultType]::ParameterName, 'Users locked out by failed sign-ins now (`user unlock` clears a lock)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every user (needed to act on all users without a filter)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would happen and change nothing')
            [CompletionResult]::new('--atomic', '--atomic', [CompletionResultType]::ParameterName, 'All or nothing: if any target would fail, change none')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;preset' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalogues')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install a catalogue''s roles (again: changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;role;preset;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;preset;apply' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would be installed and change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;role;preset;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalogues')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install a catalogue''s roles (again: changes nothing)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;role;preset;help;list' {
            break
        }
        'roster;role;preset;help;apply' {
            break
        }
        'roster;role;preset;help;help' {
            break
        }
        'roster;role;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with their permissions and rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role, and who holds it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, rules or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; one that users hold needs --force')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a role to users: named ones, a file of them, or a selection')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role from users: named ones, a file of them, or a selection')
            [CompletionResult]::new('preset', 'preset', [CompletionResultType]::ParameterValue, 'Catalogues of roles for the products roster serves')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;role;help;list' {
            break
        }
        'roster;role;help;show' {
            break
        }
        'roster;role;help;create' {
            break
        }
        'roster;role;help;update' {
            break
        }
        'roster;role;help;delete' {
            break
        }
        'roster;role;help;assign' {
            break
        }
        'roster;role;help;unassign' {
            break
        }
        'roster;role;help;preset' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalogues')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install a catalogue''s roles (again: changes nothing)')
            break
        }
        'roster;role;help;preset;list' {
            break
        }
        'roster;role;help;preset;apply' {
            break
        }
        'roster;role;help;help' {
            break
        }
        'roster;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups, with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a group: KIND:NAME, the name as it should be shown')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new name; its members stay')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group; one with members needs --force')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the users in a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;group;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only groups of this kind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;create' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Take every member out of it first (each is audited)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;members' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;group;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups, with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a group: KIND:NAME, the name as it should be shown')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new name; its members stay')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group; one with members needs --force')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the users in a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;group;help;list' {
            break
        }
        'roster;group;help;show' {
            break
        }
        'roster;group;help;create' {
            break
        }
        'roster;group;help;rename' {
            break
        }
        'roster;group;help;delete' {
            break
        }
        'roster;group;help;members' {
            break
        }
        'roster;group;help;help' {
            break
        }
        'roster;feature' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the features roles need or that were set, on or off')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a feature on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a feature off; when users'' roles need it, --force takes those roles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;feature;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;feature;enable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;feature;disable' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Take the roles that need it from their users first (audited)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;feature;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the features roles need or that were set, on or off')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a feature on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a feature off; when users'' roles need it, --force takes those roles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;feature;help;list' {
            break
        }
        'roster;feature;help;enable' {
            break
        }
        'roster;feature;help;disable' {
            break
        }
        'roster;feature;help;help' {
            break
        }
        'roster;attribute' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Set the rule of an attribute key: its values, the role it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attribute rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;attribute;define' {
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'The values allowed, comma-separated (any value without)')
            [CompletionResult]::new('--requires-role', '--requires-role', [CompletionResultType]::ParameterName, 'Only users with this role may have the attribute')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the attribute is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;attribute;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;attribute;help' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Set the rule of an attribute key: its values, the role it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attribute rules')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;attribute;help;define' {
            break
        }
        'roster;attribute;help;list' {
            break
        }
        'roster;attribute;help;help' {
            break
        }
        'roster;login' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Your email (asked for on a terminal when not given)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin (a wrong one counts towards the lockout, as any sign-in)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;logout' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;whoami' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Where to listen: HOST:PORT (loopback, or any address with --tls-cert or serve.behind_proxy; port 0: any free one) or unix:PATH; repeat for several [default: serve.listen, 127.0.0.1:8080]')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'Where the links in mail point (default: mail.base_url)')
            [CompletionResult]::new('--tls-cert', '--tls-cert', [CompletionResultType]::ParameterName, 'The server''s certificate chain (PEM): TCP addresses speak HTTPS, and may be other than loopback')
            [CompletionResult]::new('--tls-key', '--tls-key', [CompletionResultType]::ParameterName, 'The certificate''s private key (PEM)')
            [CompletionResult]::new('--admin-socket', '--admin-socket', [CompletionResultType]::ParameterName, 'Also listen on a Unix socket (made 0600) where the server''s own OS account administers without a credential, as it would on the store: `roster --server unix:PATH …` (`--as` is honoured there, as locally)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;token' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API token that acts as USER within its scopes; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API tokens, revoked and expired ones too (never a secret)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one API token (never its secret)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API token at once; its name stays taken')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;token;create' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user it acts as (id, email or username); it must be active')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'What it may be used for: auth, users.read, admin, scim (several: comma-separated or repeated)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'How long it lives (90d, 12h, 2w) or `never`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;token;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;token;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;token;revoke' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;token;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API token that acts as USER within its scopes; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API tokens, revoked and expired ones too (never a secret)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one API token (never its secret)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API token at once; its name stays taken')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;token;help;create' {
            break
        }
        'roster;token;help;list' {
            break
        }
        'roster;token;help;show' {
            break
        }
        'roster;token;help;revoke' {
            break
        }
        'roster;token;help;help' {
            break
        }
        'roster;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: ROSTER_FORMAT] [default: table]')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only the ids of the affected or listed users, one a line')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations [env: ROSTER_YES=1]')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour [env: NO_COLOR]')
            [CompletionResult]::new('--require-delivery', '--require-delivery', [CompletionResultType]::ParameterName, 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)')
            [CompletionResult]::new('--allow-shared-store', '--allow-shared-store', [CompletionResultType]::ParameterName, 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr [env: ROSTER_LOG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'roster;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Create, list, change and move users through their lifecycle')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Read and verify the audit log')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign users in and check credentials, sessions, invitations and resets')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'The outbox: mail queued by roster, delivered or waiting')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The store: where it is, migrations, checks, statistics, backup, copy')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The settings roster runs with')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Roles: what users may do, and the rules for giving them')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Groups users belong to: clients, teams, areas, stores, crews')
            [CompletionResult]::new('feature', 'feature', [CompletionResultType]::ParameterValue, 'Features of the product that roles may need')
            [CompletionResult]::new('attribute', 'attribute', [CompletionResultType]::ParameterValue, 'Rules for attribute values')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in to a roster server, to run commands through it (SPEC §12)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Sign out of a roster server: the session ends there and is forgotten here')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Who you act as on the roster server, with what credential and permissions')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the account service: the pages behind the links in mail, and the API for the product''s servers (SPEC §12)')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'API tokens: credentials a product''s servers and CI jobs use instead of a password')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'roster;help;user' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user: invited by email (default) or active at once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, filtered and sorted')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user in full')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s fields, attributes, roles, groups and permissions')
            [CompletionResult]::new('invite', 'invite', [CompletionResultType]::ParameterValue, 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Cancel invitations (invited, invitation_expired → invitation_revoked)')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Let blocked users sign in again (blocked → active)')
            [CompletionResult]::new('archive', 'archive', [CompletionResultType]::ParameterValue, 'Remove users from active use, keeping them for history (any status → archived)')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Bring archived users back to the status they had before')
            [CompletionResult]::new('reset-password', 'reset-password', [CompletionResultType]::ParameterValue, 'Give users a new password (typed, generated) or email them a reset link')
            [CompletionResult]::new('sign-out', 'sign-out', [CompletionResultType]::ParameterValue, 'End every session of users at once (any status)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Lift the lockout after repeated failed sign-ins')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Send an email to users: a built-in template or your own text')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users permanently (always asks; the audit log keeps only their ids)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'The audit log of one user')
            [CompletionResult]::new('transitions', 'transitions', [CompletionResultType]::ParameterValue, 'Print the table of which verb moves a user from which status to which')
            break
        }
        'roster;help;user;create' {
            break
        }
        'roster;help;user;list' {
            break
        }
        'roster;help;user;show' {
            break
        }
        'roster;help;user;update' {
            break
        }
        'roster;help;user;invite' {
            break
        }
        'roster;help;user;revoke' {
            break
        }
        'roster;help;user;block' {
            break
        }
        'roster;help;user;unblock' {
            break
        }
        'roster;help;user;archive' {
            break
        }
        'roster;help;user;restore' {
            break
        }
        'roster;help;user;reset-password' {
            break
        }
        'roster;help;user;sign-out' {
            break
        }
        'roster;help;user;unlock' {
            break
        }
        'roster;help;user;email' {
            break
        }
        'roster;help;user;delete' {
            break
        }
        'roster;help;user;import' {
            break
        }
        'roster;help;user;export' {
            break
        }
        'roster;help;user;sync' {
            break
        }
        'roster;help;user;history' {
            break
        }
        'roster;help;user;transitions' {
            break
        }
        'roster;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Recompute the hash chain; exit 6 at the first broken entry')
            break
        }
        'roster;help;audit;list' {
            break
        }
        'roster;help;audit;verify' {
            break
        }
        'roster;help;auth' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password (exit 0 right, 7 wrong, locked out or not active)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in: check the password and print a new session token once')
            [CompletionResult]::new('change-password', 'change-password', [CompletionResultType]::ParameterValue, 'A user changes their own password: the current one on the first line of stdin, the new one on the second')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Check or end a session')
            [CompletionResult]::new('accept-invite', 'accept-invite', [CompletionResultType]::ParameterValue, 'Accept an invitation: token on the first line of stdin, new password on the second')
            [CompletionResult]::new('complete-reset', 'complete-reset', [CompletionResultType]::ParameterValue, 'Complete a password reset: token on the first line of stdin, new password on the second')
            break
        }
        'roster;help;auth;verify' {
            break
        }
        'roster;help;auth;login' {
            break
        }
        'roster;help;auth;change-password' {
            break
        }
        'roster;help;auth;check' {
            break
        }
        'roster;help;auth;session' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'End the session on stdin')
            break
        }
        'roster;help;auth;session;check' {
            break
        }
        'roster;help;auth;session;revoke' {
            break
        }
        'roster;help;auth;accept-invite' {
            break
        }
        'roster;help;auth;complete-reset' {
            break
        }
        'roster;help;mail' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List messages in the outbox')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Deliver every queued message now')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Deliver these queued messages now')
            break
        }
        'roster;help;mail;list' {
            break
        }
        'roster;help;mail;show' {
            break
        }
        'roster;help;mail;flush' {
            break
        }
        'roster;help;mail;retry' {
            break
        }
        'roster;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the store file (or the connection string, without its password)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending schema migrations (every command also does this on open)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Users per status')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole store into an empty one: SQLite to PostgreSQL or back')
            break
        }
        'roster;help;db;path' {
            break
        }
        'roster;help;db;migrate' {
            break
        }
        'roster;help;db;check' {
            break
        }
        'roster;help;db;stats' {
            break
        }
        'roster;help;db;backup' {
            break
        }
        'roster;help;db;copy' {
            break
        }
        'roster;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved settings and where each came from')
            break
        }
        'roster;help;config;show' {
            break
        }
        'roster;help;role' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the roles with their permissions and rules')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one role, and who holds it')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a role')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a role''s permissions, rules or description')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role; one that users hold needs --force')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Give a role to users: named ones, a file of them, or a selection')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Take a role from users: named ones, a file of them, or a selection')
            [CompletionResult]::new('preset', 'preset', [CompletionResultType]::ParameterValue, 'Catalogues of roles for the products roster serves')
            break
        }
        'roster;help;role;list' {
            break
        }
        'roster;help;role;show' {
            break
        }
        'roster;help;role;create' {
            break
        }
        'roster;help;role;update' {
            break
        }
        'roster;help;role;delete' {
            break
        }
        'roster;help;role;assign' {
            break
        }
        'roster;help;role;unassign' {
            break
        }
        'roster;help;role;preset' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the catalogues')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Install a catalogue''s roles (again: changes nothing)')
            break
        }
        'roster;help;role;preset;list' {
            break
        }
        'roster;help;role;preset;apply' {
            break
        }
        'roster;help;group' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups, with how many users are in each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one group and its members')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a group: KIND:NAME, the name as it should be shown')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Give a group a new name; its members stay')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a group; one with members needs --force')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'List the users in a group')
            break
        }
        'roster;help;group;list' {
            break
        }
        'roster;help;group;show' {
            break
        }
        'roster;help;group;create' {
            break
        }
        'roster;help;group;rename' {
            break
        }
        'roster;help;group;delete' {
            break
        }
        'roster;help;group;members' {
            break
        }
        'roster;help;feature' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the features roles need or that were set, on or off')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn a feature on')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn a feature off; when users'' roles need it, --force takes those roles')
            break
        }
        'roster;help;feature;list' {
            break
        }
        'roster;help;feature;enable' {
            break
        }
        'roster;help;feature;disable' {
            break
        }
        'roster;help;attribute' {
            [CompletionResult]::new('define', 'define', [CompletionResultType]::ParameterValue, 'Set the rule of an attribute key: its values, the role it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the attribute rules')
            break
        }
        'roster;help;attribute;define' {
            break
        }
        'roster;help;attribute;list' {
            break
        }
        'roster;help;login' {
            break
        }
        'roster;help;logout' {
            break
        }
        'roster;help;whoami' {
            break
        }
        'roster;help;serve' {
            break
        }
        'roster;help;token' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API token that acts as USER within its scopes; its secret is printed once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the API tokens, revoked and expired ones too (never a secret)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one API token (never its secret)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API token at once; its name stays taken')
            break
        }
        'roster;help;token;create' {
            break
        }
        'roster;help;token;list' {
            break
        }
        'roster;help;token;show' {
            break
        }
        'roster;help;token;revoke' {
            break
        }
        'roster;help;completions' {
            break
        }
        'roster;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
