
use builtin;
use str;

set edit:completion:arg-completer[roster] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'roster'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'roster'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Create, list, change and move users through their lifecycle'
            cand audit 'Read and verify the audit log'
            cand auth 'Sign users in and check credentials, sessions, invitations and resets'
            cand mail 'The outbox: mail queued by roster, delivered or waiting'
            cand db 'The store: where it is, migrations, checks, statistics, backup, copy'
            cand config 'The settings roster runs with'
            cand role 'Roles: what users may do, and the rules for giving them'
            cand group 'Groups users belong to: clients, teams, areas, stores, crews'
            cand feature 'Features of the product that roles may need'
            cand attribute 'Rules for attribute values'
            cand login 'Sign in to a roster server, to run commands through it (SPEC §12)'
            cand logout 'Sign out of a roster server: the session ends there and is forgotten here'
            cand whoami 'Who you act as on the roster server, with what credential and permissions'
            cand serve 'Run the account service: the pages behind the links in mail, and the API for the product''s servers (SPEC §12)'
            cand token 'API tokens: credentials a product''s servers and CI jobs use instead of a password'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;user'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Create a user: invited by email (default) or active at once'
            cand list 'List users, filtered and sorted'
            cand show 'Show one user in full'
            cand update 'Change a user''s fields, attributes, roles, groups and permissions'
            cand invite 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
            cand revoke 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
            cand block 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end'
            cand unblock 'Let blocked users sign in again (blocked → active)'
            cand archive 'Remove users from active use, keeping them for history (any status → archived)'
            cand restore 'Bring archived users back to the status they had before'
            cand reset-password 'Give users a new password (typed, generated) or email them a reset link'
            cand sign-out 'End every session of users at once (any status)'
            cand unlock 'Lift the lockout after repeated failed sign-ins'
            cand email 'Send an email to users: a built-in template or your own text'
            cand delete 'Delete users permanently (always asks; the audit log keeps only their ids)'
            cand import 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
            cand export 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
            cand sync 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
            cand history 'The audit log of one user'
            cand transitions 'Print the table of which verb moves a user from which status to which'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;user;create'= {
            cand --username 'Login name: letters, digits, ''.'', ''_'', ''-''; unique'
            cand --first 'First name (also --first-name)'
            cand --middle 'Middle name (also --middle-name)'
            cand --last 'Last name (also --last-name)'
            cand --phone 'Phone number'
            cand --company 'Company'
            cand --address 'Street address'
            cand --city 'City'
            cand --region 'Region, state or county'
            cand --postal-code 'Postal code'
            cand --country 'Country'
            cand --title 'Job title'
            cand --employee-id 'Employee ID'
            cand --accounting-id 'ID in the accounting system'
            cand --comment 'A free-text comment (up to 4000 characters)'
            cand --attr 'A product-specific field, e.g. operator_type=PAYE (repeatable; each key once)'
            cand --role 'A role to give (repeatable); it must exist (`roster role list`)'
            cand --group 'A group to join, as KIND:NAME, e.g. team:north or client:"Acme Fleet Ltd" (repeatable); it must exist unless --create-groups'
            cand --permission 'A permission granted to this user alone (repeatable)'
            cand --credentials-file 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --create-groups 'Make the groups given that do not exist yet'
            cand --no-invite 'Create the user active, with no invitation'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --generate-password 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file'
            cand --prompt-password 'Ask for the password on the terminal, twice'
            cand --no-must-change 'Do not ask for a new password at the first sign-in (with a password set here)'
            cand --request-onboarding 'Record that the onboarding form was requested, and email the request'
            cand --no-email 'Send no email: the invitation is issued (resend it with `user invite`), the onboarding request is not sent'
            cand --if-not-exists 'If a user with this email exists, leave it as it is (outcome `unchanged`, no password generated) and exit 0'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;list'= {
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --columns 'Show only these fields, in this order, in every format (names as in the CSV header: id, email, first_name, status, created_at, …)'
            cand --sort 'Sort by these fields, ''-'' for descending: id, created, updated, email, username, first, last, status, last-login'
            cand --limit 'At most this many users'
            cand --offset 'Skip this many users first'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (the same as no filter; accepted so a selector reads the same for list and for the bulk verbs)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;update'= {
            cand --email 'New email address'
            cand --username 'New username; an empty value removes it'
            cand --first 'First name (also --first-name)'
            cand --middle 'Middle name (also --middle-name)'
            cand --last 'Last name (also --last-name)'
            cand --phone 'Phone number'
            cand --company 'Company'
            cand --address 'Street address'
            cand --city 'City'
            cand --region 'Region, state or county'
            cand --postal-code 'Postal code'
            cand --country 'Country'
            cand --title 'Job title'
            cand --employee-id 'Employee ID'
            cand --accounting-id 'ID in the accounting system'
            cand --comment 'A free-text comment (up to 4000 characters)'
            cand --attr 'Set an attribute (repeatable; each key once)'
            cand --unset-attr 'Remove an attribute (repeatable)'
            cand --role 'Set the roles to exactly these (repeatable)'
            cand --add-role 'Give a role (repeatable)'
            cand --remove-role 'Take a role away (repeatable)'
            cand --group 'Set the groups to exactly these, as KIND:NAME (repeatable)'
            cand --add-group 'Join a group, as KIND:NAME (repeatable)'
            cand --remove-group 'Leave a group (repeatable)'
            cand --permission 'Set this user''s own permissions to exactly these (repeatable)'
            cand --add-permission 'Grant a permission to this user alone (repeatable)'
            cand --remove-permission 'Take back a permission granted to this user (repeatable)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --create-groups 'Make the groups given that do not exist yet'
            cand --request-onboarding 'Record that the onboarding form was requested now, and email the request'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;invite'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --no-email 'Issue the new invitation but send no email'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;revoke'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;block'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --until 'Lift the block automatically at this time (2026-01-31, RFC 3339, or +7d)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;unblock'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;archive'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;restore'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;reset-password'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --credentials-file 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --generate-password 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file'
            cand --prompt-password 'Ask for the password on the terminal, twice'
            cand --link 'Email a single-use reset link instead of setting a password'
            cand --no-must-change 'Do not ask for a new password at the next sign-in'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;sign-out'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;unlock'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;email'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --template 'A built-in (or overridden) template that makes sense on its own: onboarding or registration'
            cand --subject 'The subject of your own message (with --body-file)'
            cand --body-file 'The text of your own message (''-'' for stdin)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;delete'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;import'= {
            cand --input-format 'Read the file as this format, whatever its name'
            cand --credentials-file 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --reason 'Why, kept in the audit log'
            cand --on-conflict 'A row for a user who exists: fail (the row is an error), skip (leave the user), update (the user''s fields become the row''s)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --skip-invalid 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing'
            cand --invite 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)'
            cand --no-invite 'New users with no status and no password hash start active with no password (the default)'
            cand --generate-password 'Give new active users without a password_hash a generated password, written to --credentials-file'
            cand --no-must-change 'Generated passwords need not be changed at first sign-in'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: one transaction, and no row may fail'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;export'= {
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand -o 'Write to FILE (created 0600; an existing file is never overwritten); its extension sets the format unless --format does'
            cand --output 'Write to FILE (created 0600; an existing file is never overwritten); its extension sets the format unless --format does'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (the same as no filter)'
            cand --include-hashes 'Include password hashes (argon2, bcrypt) so that passwords survive an import elsewhere'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;sync'= {
            cand --input-format 'Read the file as this format, whatever its name'
            cand --credentials-file 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --reason 'Why, kept in the audit log'
            cand --missing 'What to do with users the file does not list'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --skip-invalid 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing'
            cand --invite 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)'
            cand --no-invite 'New users with no status and no password hash start active with no password (the default)'
            cand --generate-password 'Give new active users without a password_hash a generated password, written to --credentials-file'
            cand --no-must-change 'Generated passwords need not be changed at first sign-in'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: one transaction, and no row may fail'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;history'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;transitions'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;user;help'= {
            cand create 'Create a user: invited by email (default) or active at once'
            cand list 'List users, filtered and sorted'
            cand show 'Show one user in full'
            cand update 'Change a user''s fields, attributes, roles, groups and permissions'
            cand invite 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
            cand revoke 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
            cand block 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end'
            cand unblock 'Let blocked users sign in again (blocked → active)'
            cand archive 'Remove users from active use, keeping them for history (any status → archived)'
            cand restore 'Bring archived users back to the status they had before'
            cand reset-password 'Give users a new password (typed, generated) or email them a reset link'
            cand sign-out 'End every session of users at once (any status)'
            cand unlock 'Lift the lockout after repeated failed sign-ins'
            cand email 'Send an email to users: a built-in template or your own text'
            cand delete 'Delete users permanently (always asks; the audit log keeps only their ids)'
            cand import 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
            cand export 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
            cand sync 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
            cand history 'The audit log of one user'
            cand transitions 'Print the table of which verb moves a user from which status to which'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;user;help;create'= {
        }
        &'roster;user;help;list'= {
        }
        &'roster;user;help;show'= {
        }
        &'roster;user;help;update'= {
        }
        &'roster;user;help;invite'= {
        }
        &'roster;user;help;revoke'= {
        }
        &'roster;user;help;block'= {
        }
        &'roster;user;help;unblock'= {
        }
        &'roster;user;help;archive'= {
        }
        &'roster;user;help;restore'= {
        }
        &'roster;user;help;reset-password'= {
        }
        &'roster;user;help;sign-out'= {
        }
        &'roster;user;help;unlock'= {
        }
        &'roster;user;help;email'= {
        }
        &'roster;user;help;delete'= {
        }
        &'roster;user;help;import'= {
        }
        &'roster;user;help;export'= {
        }
        &'roster;user;help;sync'= {
        }
        &'roster;user;help;history'= {
        }
        &'roster;user;help;transitions'= {
        }
        &'roster;user;help;help'= {
        }
        &'roster;audit'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List audit entries, oldest first'
            cand verify 'Recompute the hash chain; exit 6 at the first broken entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;audit;list'= {
            cand --user 'Only entries about this user (id, email or username; a deleted user by id)'
            cand --action 'Only this action (create, update, invite, block, …)'
            cand --since 'Entries at or after this time (2026-01-31, RFC 3339, or -7d)'
            cand --until 'Entries before this time'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;audit;verify'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;audit;help'= {
            cand list 'List audit entries, oldest first'
            cand verify 'Recompute the hash chain; exit 6 at the first broken entry'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;audit;help;list'= {
        }
        &'roster;audit;help;verify'= {
        }
        &'roster;audit;help;help'= {
        }
        &'roster;auth'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand verify 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
            cand login 'Sign in: check the password and print a new session token once'
            cand change-password 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
            cand check 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
            cand session 'Check or end a session'
            cand accept-invite 'Accept an invitation: token on the first line of stdin, new password on the second'
            cand complete-reset 'Complete a password reset: token on the first line of stdin, new password on the second'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;verify'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;login'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;change-password'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --password-stdin 'Read the current password from the first line of stdin and the new one from the second (on a terminal, without it, roster asks)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;check'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;session'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand check 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7'
            cand revoke 'End the session on stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;session;check'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --token-stdin 'Read the session token from stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;session;revoke'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --token-stdin 'Read the session token from stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;session;help'= {
            cand check 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7'
            cand revoke 'End the session on stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;session;help;check'= {
        }
        &'roster;auth;session;help;revoke'= {
        }
        &'roster;auth;session;help;help'= {
        }
        &'roster;auth;accept-invite'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --token-stdin 'Read the token from the first line of stdin'
            cand --password-stdin 'Read the new password from the next line of stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;complete-reset'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --token-stdin 'Read the token from the first line of stdin'
            cand --password-stdin 'Read the new password from the next line of stdin'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;auth;help'= {
            cand verify 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
            cand login 'Sign in: check the password and print a new session token once'
            cand change-password 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
            cand check 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
            cand session 'Check or end a session'
            cand accept-invite 'Accept an invitation: token on the first line of stdin, new password on the second'
            cand complete-reset 'Complete a password reset: token on the first line of stdin, new password on the second'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;auth;help;verify'= {
        }
        &'roster;auth;help;login'= {
        }
        &'roster;auth;help;change-password'= {
        }
        &'roster;auth;help;check'= {
        }
        &'roster;auth;help;session'= {
            cand check 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7'
            cand revoke 'End the session on stdin'
        }
        &'roster;auth;help;session;check'= {
        }
        &'roster;auth;help;session;revoke'= {
        }
        &'roster;auth;help;accept-invite'= {
        }
        &'roster;auth;help;complete-reset'= {
        }
        &'roster;auth;help;help'= {
        }
        &'roster;mail'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List messages in the outbox'
            cand show 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
            cand flush 'Deliver every queued message now'
            cand retry 'Deliver these queued messages now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;mail;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --queued 'Only messages still waiting for delivery'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;mail;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --links 'Print only the links of the delivered message, one a line, read back from the .eml file the file: transport wrote'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;mail;flush'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;mail;retry'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;mail;help'= {
            cand list 'List messages in the outbox'
            cand show 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
            cand flush 'Deliver every queued message now'
            cand retry 'Deliver these queued messages now'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;mail;help;list'= {
        }
        &'roster;mail;help;show'= {
        }
        &'roster;mail;help;flush'= {
        }
        &'roster;mail;help;retry'= {
        }
        &'roster;mail;help;help'= {
        }
        &'roster;db'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand path 'Print the path of the store file (or the connection string, without its password)'
            cand migrate 'Apply pending schema migrations (every command also does this on open)'
            cand check 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem'
            cand stats 'Users per status'
            cand backup 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
            cand copy 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;db;path'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;migrate'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;check'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;stats'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;backup'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;copy'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;db;help'= {
            cand path 'Print the path of the store file (or the connection string, without its password)'
            cand migrate 'Apply pending schema migrations (every command also does this on open)'
            cand check 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem'
            cand stats 'Users per status'
            cand backup 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
            cand copy 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;db;help;path'= {
        }
        &'roster;db;help;migrate'= {
        }
        &'roster;db;help;check'= {
        }
        &'roster;db;help;stats'= {
        }
        &'roster;db;help;backup'= {
        }
        &'roster;db;help;copy'= {
        }
        &'roster;db;help;help'= {
        }
        &'roster;config'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'Print the resolved settings and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;config;help'= {
            cand show 'Print the resolved settings and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;config;help;show'= {
        }
        &'roster;config;help;help'= {
        }
        &'roster;role'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the roles with their permissions and rules'
            cand show 'Show one role, and who holds it'
            cand create 'Make a role'
            cand update 'Change a role''s permissions, rules or description'
            cand delete 'Delete a role; one that users hold needs --force'
            cand assign 'Give a role to users: named ones, a file of them, or a selection'
            cand unassign 'Take a role from users: named ones, a file of them, or a selection'
            cand preset 'Catalogues of roles for the products roster serves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;role;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;create'= {
            cand --permission 'A permission the role gives (repeatable)'
            cand --requires-feature 'The role can be given only while this feature is on'
            cand --scope 'The role needs a group of this kind beside it (team, area, store, …)'
            cand --description 'What the role is for'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --exclusive 'The role cannot be combined with any other role'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;update'= {
            cand --permission 'Add a permission (repeatable)'
            cand --remove-permission 'Take a permission away (repeatable)'
            cand --requires-feature 'Gate the role behind a feature ("" removes the gate)'
            cand --scope 'Scope the role to a group kind ("" removes the scope)'
            cand --description 'What the role is for ("" removes it)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --exclusive 'Make the role exclusive'
            cand --not-exclusive 'Let the role be combined with others again'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;delete'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --force 'Take the role from every user who holds it first (each is audited)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;assign'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;unassign'= {
            cand --from-file 'Read users from FILE (''-'' for stdin): one a line, or CSV/JSON Lines with an email or id column'
            cand --status 'Users in these statuses (comma-separated or repeated)'
            cand --role 'Users with this role'
            cand --group 'Users in this group'
            cand --permission 'Users who have this permission, through a role or their own'
            cand --onboarding 'Users whose onboarding form was requested, or not'
            cand --match 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)'
            cand --inactive-for 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d'
            cand --created-before 'Users created before this time (2026-01-31, RFC 3339, or -30d)'
            cand --created-after 'Users created after this time'
            cand --attr 'Users with this attribute value (repeatable)'
            cand --max-affected 'Refuse (exit 5) if more than N users would change'
            cand --expect-count 'Refuse (exit 5) unless exactly N users match'
            cand --reason 'Why, kept in the audit log'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --locked 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
            cand --all 'Every user (needed to act on all users without a filter)'
            cand --dry-run 'Print what would happen and change nothing'
            cand --atomic 'All or nothing: if any target would fail, change none'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;preset'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the catalogues'
            cand apply 'Install a catalogue''s roles (again: changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;role;preset;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;preset;apply'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --dry-run 'Print what would be installed and change nothing'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;role;preset;help'= {
            cand list 'List the catalogues'
            cand apply 'Install a catalogue''s roles (again: changes nothing)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;role;preset;help;list'= {
        }
        &'roster;role;preset;help;apply'= {
        }
        &'roster;role;preset;help;help'= {
        }
        &'roster;role;help'= {
            cand list 'List the roles with their permissions and rules'
            cand show 'Show one role, and who holds it'
            cand create 'Make a role'
            cand update 'Change a role''s permissions, rules or description'
            cand delete 'Delete a role; one that users hold needs --force'
            cand assign 'Give a role to users: named ones, a file of them, or a selection'
            cand unassign 'Take a role from users: named ones, a file of them, or a selection'
            cand preset 'Catalogues of roles for the products roster serves'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;role;help;list'= {
        }
        &'roster;role;help;show'= {
        }
        &'roster;role;help;create'= {
        }
        &'roster;role;help;update'= {
        }
        &'roster;role;help;delete'= {
        }
        &'roster;role;help;assign'= {
        }
        &'roster;role;help;unassign'= {
        }
        &'roster;role;help;preset'= {
            cand list 'List the catalogues'
            cand apply 'Install a catalogue''s roles (again: changes nothing)'
        }
        &'roster;role;help;preset;list'= {
        }
        &'roster;role;help;preset;apply'= {
        }
        &'roster;role;help;help'= {
        }
        &'roster;group'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List groups, with how many users are in each'
            cand show 'Show one group and its members'
            cand create 'Make a group: KIND:NAME, the name as it should be shown'
            cand rename 'Give a group a new name; its members stay'
            cand delete 'Delete a group; one with members needs --force'
            cand members 'List the users in a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;group;list'= {
            cand --kind 'Only groups of this kind'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;create'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;rename'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;delete'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --force 'Take every member out of it first (each is audited)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;members'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;group;help'= {
            cand list 'List groups, with how many users are in each'
            cand show 'Show one group and its members'
            cand create 'Make a group: KIND:NAME, the name as it should be shown'
            cand rename 'Give a group a new name; its members stay'
            cand delete 'Delete a group; one with members needs --force'
            cand members 'List the users in a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;group;help;list'= {
        }
        &'roster;group;help;show'= {
        }
        &'roster;group;help;create'= {
        }
        &'roster;group;help;rename'= {
        }
        &'roster;group;help;delete'= {
        }
        &'roster;group;help;members'= {
        }
        &'roster;group;help;help'= {
        }
        &'roster;feature'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the features roles need or that were set, on or off'
            cand enable 'Turn a feature on'
            cand disable 'Turn a feature off; when users'' roles need it, --force takes those roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;feature;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;feature;enable'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;feature;disable'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --force 'Take the roles that need it from their users first (audited)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;feature;help'= {
            cand list 'List the features roles need or that were set, on or off'
            cand enable 'Turn a feature on'
            cand disable 'Turn a feature off; when users'' roles need it, --force takes those roles'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;feature;help;list'= {
        }
        &'roster;feature;help;enable'= {
        }
        &'roster;feature;help;disable'= {
        }
        &'roster;feature;help;help'= {
        }
        &'roster;attribute'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand define 'Set the rule of an attribute key: its values, the role it needs'
            cand list 'List the attribute rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;attribute;define'= {
            cand --values 'The values allowed, comma-separated (any value without)'
            cand --requires-role 'Only users with this role may have the attribute'
            cand --description 'What the attribute is for'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;attribute;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;attribute;help'= {
            cand define 'Set the rule of an attribute key: its values, the role it needs'
            cand list 'List the attribute rules'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;attribute;help;define'= {
        }
        &'roster;attribute;help;list'= {
        }
        &'roster;attribute;help;help'= {
        }
        &'roster;login'= {
            cand --user 'Your email (asked for on a terminal when not given)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --password-stdin 'Read the password from the first line of stdin (a wrong one counts towards the lockout, as any sign-in)'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;logout'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;whoami'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;serve'= {
            cand --listen 'Where to listen: HOST:PORT (loopback, or any address with --tls-cert or serve.behind_proxy; port 0: any free one) or unix:PATH; repeat for several [default: serve.listen, 127.0.0.1:8080]'
            cand --public-url 'Where the links in mail point (default: mail.base_url)'
            cand --tls-cert 'The server''s certificate chain (PEM): TCP addresses speak HTTPS, and may be other than loopback'
            cand --tls-key 'The certificate''s private key (PEM)'
            cand --admin-socket 'Also listen on a Unix socket (made 0600) where the server''s own OS account administers without a credential, as it would on the store: `roster --server unix:PATH …` (`--as` is honoured there, as locally)'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;token'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand create 'Make an API token that acts as USER within its scopes; its secret is printed once'
            cand list 'List the API tokens, revoked and expired ones too (never a secret)'
            cand show 'Show one API token (never its secret)'
            cand revoke 'Revoke an API token at once; its name stays taken'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;token;create'= {
            cand --user 'The user it acts as (id, email or username); it must be active'
            cand --scope 'What it may be used for: auth, users.read, admin, scim (several: comma-separated or repeated)'
            cand --expires 'How long it lives (90d, 12h, 2w) or `never`'
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;token;list'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;token;show'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;token;revoke'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;token;help'= {
            cand create 'Make an API token that acts as USER within its scopes; its secret is printed once'
            cand list 'List the API tokens, revoked and expired ones too (never a secret)'
            cand show 'Show one API token (never its secret)'
            cand revoke 'Revoke an API token at once; its name stays taken'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;token;help;create'= {
        }
        &'roster;token;help;list'= {
        }
        &'roster;token;help;show'= {
        }
        &'roster;token;help;revoke'= {
        }
        &'roster;token;help;help'= {
        }
        &'roster;completions'= {
            cand --db 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]'
            cand --config 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]'
            cand --format 'Output format [env: ROSTER_FORMAT] [default: table]'
            cand --as 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]'
            cand --server 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server''s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]'
            cand --json 'Short for --format json'
            cand -q 'Print only the ids of the affected or listed users, one a line'
            cand --quiet 'Print only the ids of the affected or listed users, one a line'
            cand --yes 'Answer yes to confirmations [env: ROSTER_YES=1]'
            cand --no-color 'No colour [env: NO_COLOR]'
            cand --require-delivery 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
            cand --allow-shared-store 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
            cand -v 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand --verbose 'Diagnostics on stderr [env: ROSTER_LOG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'roster;help'= {
            cand user 'Create, list, change and move users through their lifecycle'
            cand audit 'Read and verify the audit log'
            cand auth 'Sign users in and check credentials, sessions, invitations and resets'
            cand mail 'The outbox: mail queued by roster, delivered or waiting'
            cand db 'The store: where it is, migrations, checks, statistics, backup, copy'
            cand config 'The settings roster runs with'
            cand role 'Roles: what users may do, and the rules for giving them'
            cand group 'Groups users belong to: clients, teams, areas, stores, crews'
            cand feature 'Features of the product that roles may need'
            cand attribute 'Rules for attribute values'
            cand login 'Sign in to a roster server, to run commands through it (SPEC §12)'
            cand logout 'Sign out of a roster server: the session ends there and is forgotten here'
            cand whoami 'Who you act as on the roster server, with what credential and permissions'
            cand serve 'Run the account service: the pages behind the links in mail, and the API for the product''s servers (SPEC §12)'
            cand token 'API tokens: credentials a product''s servers and CI jobs use instead of a password'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'roster;help;user'= {
            cand create 'Create a user: invited by email (default) or active at once'
            cand list 'List users, filtered and sorted'
            cand show 'Show one user in full'
            cand update 'Change a user''s fields, attributes, roles, groups and permissions'
            cand invite 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
            cand revoke 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
            cand block 'Stop users from signing in (active → blocked; a blocked user''s block is replaced); their sessions end'
            cand unblock 'Let blocked users sign in again (blocked → active)'
            cand archive 'Remove users from active use, keeping them for history (any status → archived)'
            cand restore 'Bring archived users back to the status they had before'
            cand reset-password 'Give users a new password (typed, generated) or email them a reset link'
            cand sign-out 'End every session of users at once (any status)'
            cand unlock 'Lift the lockout after repeated failed sign-ins'
            cand email 'Send an email to users: a built-in template or your own text'
            cand delete 'Delete users permanently (always asks; the audit log keeps only their ids)'
            cand import 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
            cand export 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
            cand sync 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
            cand history 'The audit log of one user'
            cand transitions 'Print the table of which verb moves a user from which status to which'
        }
        &'roster;help;user;create'= {
        }
        &'roster;help;user;list'= {
        }
        &'roster;help;user;show'= {
        }
        &'roster;help;user;update'= {
        }
        &'roster;help;user;invite'= {
        }
        &'roster;help;user;revoke'= {
        }
        &'roster;help;user;block'= {
        }
        &'roster;help;user;unblock'= {
        }
        &'roster;help;user;archive'= {
        }
        &'roster;help;user;restore'= {
        }
        &'roster;help;user;reset-password'= {
        }
        &'roster;help;user;sign-out'= {
        }
        &'roster;help;user;unlock'= {
        }
        &'roster;help;user;email'= {
        }
        &'roster;help;user;delete'= {
        }
        &'roster;help;user;import'= {
        }
        &'roster;help;user;export'= {
        }
        &'roster;help;user;sync'= {
        }
        &'roster;help;user;history'= {
        }
        &'roster;help;user;transitions'= {
        }
        &'roster;help;audit'= {
            cand list 'List audit entries, oldest first'
            cand verify 'Recompute the hash chain; exit 6 at the first broken entry'
        }
        &'roster;help;audit;list'= {
        }
        &'roster;help;audit;verify'= {
        }
        &'roster;help;auth'= {
            cand verify 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
            cand login 'Sign in: check the password and print a new session token once'
            cand change-password 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
            cand check 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
            cand session 'Check or end a session'
            cand accept-invite 'Accept an invitation: token on the first line of stdin, new password on the second'
            cand complete-reset 'Complete a password reset: token on the first line of stdin, new password on the second'
        }
        &'roster;help;auth;verify'= {
        }
        &'roster;help;auth;login'= {
        }
        &'roster;help;auth;change-password'= {
        }
        &'roster;help;auth;check'= {
        }
        &'roster;help;auth;session'= {
            cand check 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7'
            cand revoke 'End the session on stdin'
        }
        &'roster;help;auth;session;check'= {
        }
        &'roster;help;auth;session;revoke'= {
        }
        &'roster;help;auth;accept-invite'= {
        }
        &'roster;help;auth;complete-reset'= {
        }
        &'roster;help;mail'= {
            cand list 'List messages in the outbox'
            cand show 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
            cand flush 'Deliver every queued message now'
            cand retry 'Deliver these queued messages now'
        }
        &'roster;help;mail;list'= {
        }
        &'roster;help;mail;show'= {
        }
        &'roster;help;mail;flush'= {
        }
        &'roster;help;mail;retry'= {
        }
        &'roster;help;db'= {
            cand path 'Print the path of the store file (or the connection string, without its password)'
            cand migrate 'Apply pending schema migrations (every command also does this on open)'
            cand check 'Check integrity, foreign keys and roster''s own invariants; exit 6 on a problem'
            cand stats 'Users per status'
            cand backup 'Copy the store to a new file with SQLite''s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
            cand copy 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
        }
        &'roster;help;db;path'= {
        }
        &'roster;help;db;migrate'= {
        }
        &'roster;help;db;check'= {
        }
        &'roster;help;db;stats'= {
        }
        &'roster;help;db;backup'= {
        }
        &'roster;help;db;copy'= {
        }
        &'roster;help;config'= {
            cand show 'Print the resolved settings and where each came from'
        }
        &'roster;help;config;show'= {
        }
        &'roster;help;role'= {
            cand list 'List the roles with their permissions and rules'
            cand show 'Show one role, and who holds it'
            cand create 'Make a role'
            cand update 'Change a role''s permissions, rules or description'
            cand delete 'Delete a role; one that users hold needs --force'
            cand assign 'Give a role to users: named ones, a file of them, or a selection'
            cand unassign 'Take a role from users: named ones, a file of them, or a selection'
            cand preset 'Catalogues of roles for the products roster serves'
        }
        &'roster;help;role;list'= {
        }
        &'roster;help;role;show'= {
        }
        &'roster;help;role;create'= {
        }
        &'roster;help;role;update'= {
        }
        &'roster;help;role;delete'= {
        }
        &'roster;help;role;assign'= {
        }
        &'roster;help;role;unassign'= {
        }
        &'roster;help;role;preset'= {
            cand list 'List the catalogues'
            cand apply 'Install a catalogue''s roles (again: changes nothing)'
        }
        &'roster;help;role;preset;list'= {
        }
        &'roster;help;role;preset;apply'= {
        }
        &'roster;help;group'= {
            cand list 'List groups, with how many users are in each'
            cand show 'Show one group and its members'
            cand create 'Make a group: KIND:NAME, the name as it should be shown'
            cand rename 'Give a group a new name; its members stay'
            cand delete 'Delete a group; one with members needs --force'
            cand members 'List the users in a group'
        }
        &'roster;help;group;list'= {
        }
        &'roster;help;group;show'= {
        }
        &'roster;help;group;create'= {
        }
        &'roster;help;group;rename'= {
        }
        &'roster;help;group;delete'= {
        }
        &'roster;help;group;members'= {
        }
        &'roster;help;feature'= {
            cand list 'List the features roles need or that were set, on or off'
            cand enable 'Turn a feature on'
            cand disable 'Turn a feature off; when users'' roles need it, --force takes those roles'
        }
        &'roster;help;feature;list'= {
        }
        &'roster;help;feature;enable'= {
        }
        &'roster;help;feature;disable'= {
        }
        &'roster;help;attribute'= {
            cand define 'Set the rule of an attribute key: its values, the role it needs'
            cand list 'List the attribute rules'
        }
        &'roster;help;attribute;define'= {
        }
        &'roster;help;attribute;list'= {
        }
        &'roster;help;login'= {
        }
        &'roster;help;logout'= {
        }
        &'roster;help;whoami'= {
        }
        &'roster;help;serve'= {
        }
        &'roster;help;token'= {
            cand create 'Make an API token that acts as USER within its scopes; its secret is printed once'
            cand list 'List the API tokens, revoked and expired ones too (never a secret)'
            cand show 'Show one API token (never its secret)'
            cand revoke 'Revoke an API token at once; its name stays taken'
        }
        &'roster;help;token;create'= {
        }
        &'roster;help;token;list'= {
        }
        &'roster;help;token;show'= {
        }
        &'roster;help;token;revoke'= {
        }
        &'roster;help;completions'= {
        }
        &'roster;help;help'= {
        }
    ]
    $completions[$command]
}
