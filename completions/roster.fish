# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_roster_global_optspecs
    string join \n db= config= format= json q/quiet as= yes no-color require-delivery allow-shared-store v/verbose server= h/help V/version
end

function __fish_roster_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_roster_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_roster_using_subcommand
    set -l cmd (__fish_roster_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c roster -n "__fish_roster_needs_command" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_needs_command" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_needs_command" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_needs_command" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_needs_command" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_needs_command" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_needs_command" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_needs_command" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_needs_command" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_needs_command" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_needs_command" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_needs_command" -s V -l version -d 'Print version'
complete -c roster -n "__fish_roster_needs_command" -f -a "user" -d 'Create, list, change and move users through their lifecycle'
complete -c roster -n "__fish_roster_needs_command" -f -a "audit" -d 'Read and verify the audit log'
complete -c roster -n "__fish_roster_needs_command" -f -a "auth" -d 'Sign users in and check credentials, sessions, invitations and resets'
complete -c roster -n "__fish_roster_needs_command" -f -a "mail" -d 'The outbox: mail queued by roster, delivered or waiting'
complete -c roster -n "__fish_roster_needs_command" -f -a "db" -d 'The store: where it is, migrations, checks, statistics, backup, copy'
complete -c roster -n "__fish_roster_needs_command" -f -a "config" -d 'The settings roster runs with'
complete -c roster -n "__fish_roster_needs_command" -f -a "role" -d 'Roles: what users may do, and the rules for giving them'
complete -c roster -n "__fish_roster_needs_command" -f -a "group" -d 'Groups users belong to: clients, teams, areas, stores, crews'
complete -c roster -n "__fish_roster_needs_command" -f -a "feature" -d 'Features of the product that roles may need'
complete -c roster -n "__fish_roster_needs_command" -f -a "attribute" -d 'Rules for attribute values'
complete -c roster -n "__fish_roster_needs_command" -f -a "login" -d 'Sign in to a roster server, to run commands through it (SPEC §12)'
complete -c roster -n "__fish_roster_needs_command" -f -a "logout" -d 'Sign out of a roster server: the session ends there and is forgotten here'
complete -c roster -n "__fish_roster_needs_command" -f -a "whoami" -d 'Who you act as on the roster server, with what credential and permissions'
complete -c roster -n "__fish_roster_needs_command" -f -a "serve" -d 'Run the account service: the pages behind the links in mail, and the API for the product\'s servers (SPEC §12)'
complete -c roster -n "__fish_roster_needs_command" -f -a "token" -d 'API tokens: credentials a product\'s servers and CI jobs use instead of a password'
complete -c roster -n "__fish_roster_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "create" -d 'Create a user: invited by email (default) or active at once'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "list" -d 'List users, filtered and sorted'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "show" -d 'Show one user in full'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "update" -d 'Change a user\'s fields, attributes, roles, groups and permissions'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "invite" -d 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "revoke" -d 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "block" -d 'Stop users from signing in (active → blocked; a blocked user\'s block is replaced); their sessions end'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "unblock" -d 'Let blocked users sign in again (blocked → active)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "archive" -d 'Remove users from active use, keeping them for history (any status → archived)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "restore" -d 'Bring archived users back to the status they had before'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "reset-password" -d 'Give users a new password (typed, generated) or email them a reset link'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "sign-out" -d 'End every session of users at once (any status)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "unlock" -d 'Lift the lockout after repeated failed sign-ins'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "email" -d 'Send an email to users: a built-in template or your own text'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "delete" -d 'Delete users permanently (always asks; the audit log keeps only their ids)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "import" -d 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "export" -d 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "sync" -d 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "history" -d 'The audit log of one user'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "transitions" -d 'Print the table of which verb moves a user from which status to which'
complete -c roster -n "__fish_roster_using_subcommand user; and not __fish_seen_subcommand_from create list show update invite revoke block unblock archive restore reset-password sign-out unlock email delete import export sync history transitions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l username -d 'Login name: letters, digits, \'.\', \'_\', \'-\'; unique' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l first -d 'First name (also --first-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l middle -d 'Middle name (also --middle-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l last -d 'Last name (also --last-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l phone -d 'Phone number' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l company -d 'Company' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l address -d 'Street address' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l city -d 'City' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l region -d 'Region, state or county' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l postal-code -d 'Postal code' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l country -d 'Country' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l title -d 'Job title' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l employee-id -d 'Employee ID' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l accounting-id -d 'ID in the accounting system' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l comment -d 'A free-text comment (up to 4000 characters)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l attr -d 'A product-specific field, e.g. operator_type=PAYE (repeatable; each key once)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l role -d 'A role to give (repeatable); it must exist (`roster role list`)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l group -d 'A group to join, as KIND:NAME, e.g. team:north or client:"Acme Fleet Ltd" (repeatable); it must exist unless --create-groups' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l permission -d 'A permission granted to this user alone (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l credentials-file -d 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l create-groups -d 'Make the groups given that do not exist yet'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l no-invite -d 'Create the user active, with no invitation'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l generate-password -d 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l prompt-password -d 'Ask for the password on the terminal, twice'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l no-must-change -d 'Do not ask for a new password at the first sign-in (with a password set here)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l request-onboarding -d 'Record that the onboarding form was requested, and email the request'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l no-email -d 'Send no email: the invitation is issued (resend it with `user invite`), the onboarding request is not sent'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l if-not-exists -d 'If a user with this email exists, leave it as it is (outcome `unchanged`, no password generated) and exit 0'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l columns -d 'Show only these fields, in this order, in every format (names as in the CSV header: id, email, first_name, status, created_at, …)' -r -f -a "id\t''
email\t''
username\t''
first_name\t''
middle_name\t''
last_name\t''
phone\t''
company\t''
address\t''
city\t''
region\t''
postal_code\t''
country\t''
title\t''
employee_id\t''
accounting_id\t''
comment\t''
attributes\t''
roles\t''
groups\t''
permissions\t''
status\t''
created_at\t''
updated_at\t''
last_login_at\t''
password_changed_at\t''
must_change_password\t''
invited_at\t''
invite_expires_at\t''
blocked_reason\t''
blocked_until\t''
failed_logins\t''
locked_until\t''
onboarding_requested_at\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l sort -d 'Sort by these fields, \'-\' for descending: id, created, updated, email, username, first, last, status, last-login' -r -f -a "id\t''
created\t''
updated\t''
email\t''
username\t''
first\t''
last\t''
status\t''
last-login\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l limit -d 'At most this many users' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l offset -d 'Skip this many users first' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l all -d 'Every user (the same as no filter; accepted so a selector reads the same for list and for the bulk verbs)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l email -d 'New email address' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l username -d 'New username; an empty value removes it' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l first -d 'First name (also --first-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l middle -d 'Middle name (also --middle-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l last -d 'Last name (also --last-name)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l phone -d 'Phone number' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l company -d 'Company' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l address -d 'Street address' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l city -d 'City' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l region -d 'Region, state or county' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l postal-code -d 'Postal code' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l country -d 'Country' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l title -d 'Job title' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l employee-id -d 'Employee ID' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l accounting-id -d 'ID in the accounting system' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l comment -d 'A free-text comment (up to 4000 characters)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l attr -d 'Set an attribute (repeatable; each key once)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l unset-attr -d 'Remove an attribute (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l role -d 'Set the roles to exactly these (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l add-role -d 'Give a role (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l remove-role -d 'Take a role away (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l group -d 'Set the groups to exactly these, as KIND:NAME (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l add-group -d 'Join a group, as KIND:NAME (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l remove-group -d 'Leave a group (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l permission -d 'Set this user\'s own permissions to exactly these (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l add-permission -d 'Grant a permission to this user alone (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l remove-permission -d 'Take back a permission granted to this user (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l create-groups -d 'Make the groups given that do not exist yet'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l request-onboarding -d 'Record that the onboarding form was requested now, and email the request'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-email -d 'Issue the new invitation but send no email'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l until -d 'Lift the block automatically at this time (2026-01-31, RFC 3339, or +7d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l credentials-file -d 'With --generate-password: write `email,password` lines to this file, created 0600, or appended to if it is already your own 0600 file' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l generate-password -d 'Generate a password (28 characters from the OS random generator) and print it once, or write it to --credentials-file'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l prompt-password -d 'Ask for the password on the terminal, twice'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l link -d 'Email a single-use reset link instead of setting a password'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l no-must-change -d 'Do not ask for a new password at the next sign-in'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from reset-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sign-out" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l template -d 'A built-in (or overridden) template that makes sense on its own: onboarding or registration' -r -f -a "onboarding\t''
registration\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l subject -d 'The subject of your own message (with --body-file)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l body-file -d 'The text of your own message (\'-\' for stdin)' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from email" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l input-format -d 'Read the file as this format, whatever its name' -r -f -a "csv\t'RFC 4180 with a header of field names; lists `;`-separated; attributes as `attr.KEY` columns'
jsonl\t'One JSON object a line'
json\t'One JSON array of objects'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l credentials-file -d 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l on-conflict -d 'A row for a user who exists: fail (the row is an error), skip (leave the user), update (the user\'s fields become the row\'s)' -r -f -a "fail\t'The row is an error (nothing is written unless --skip-invalid)'
skip\t'The user is left as they are (`unchanged`)'
update\t'The user\'s fields become the row\'s (the fields the file has)'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l invite -d 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l no-invite -d 'New users with no status and no password hash start active with no password (the default)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l generate-password -d 'Give new active users without a password_hash a generated password, written to --credentials-file'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l no-must-change -d 'Generated passwords need not be changed at first sign-in'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l atomic -d 'All or nothing: one transaction, and no row may fail'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE (created 0600; an existing file is never overwritten); its extension sets the format unless --format does' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l all -d 'Every user (the same as no filter)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l include-hashes -d 'Include password hashes (argon2, bcrypt) so that passwords survive an import elsewhere'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l input-format -d 'Read the file as this format, whatever its name' -r -f -a "csv\t'RFC 4180 with a header of field names; lists `;`-separated; attributes as `attr.KEY` columns'
jsonl\t'One JSON object a line'
json\t'One JSON array of objects'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l credentials-file -d 'Where generated passwords go: a CSV of email,password, created 0600 or appended to your own 0600 file' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l missing -d 'What to do with users the file does not list' -r -f -a "ignore\t'Leave them as they are'
block\t'Block them (active users; others are left)'
archive\t'Archive them'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l skip-invalid -d 'Import the valid rows and report the invalid ones (exit 3), instead of writing nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l invite -d 'New users with no status and no password hash are invited and sent the invitation email (default: they start active, with no password)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l no-invite -d 'New users with no status and no password hash start active with no password (the default)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l generate-password -d 'Give new active users without a password_hash a generated password, written to --credentials-file'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l no-must-change -d 'Generated passwords need not be changed at first sign-in'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l atomic -d 'All or nothing: one transaction, and no row may fail'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from transitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a user: invited by email (default) or active at once'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, filtered and sorted'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user in full'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a user\'s fields, attributes, roles, groups and permissions'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "block" -d 'Stop users from signing in (active → blocked; a blocked user\'s block is replaced); their sessions end'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Let blocked users sign in again (blocked → active)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Remove users from active use, keeping them for history (any status → archived)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Bring archived users back to the status they had before'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "reset-password" -d 'Give users a new password (typed, generated) or email them a reset link'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "sign-out" -d 'End every session of users at once (any status)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Lift the lockout after repeated failed sign-ins'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "email" -d 'Send an email to users: a built-in template or your own text'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users permanently (always asks; the audit log keeps only their ids)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "history" -d 'The audit log of one user'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "transitions" -d 'Print the table of which verb moves a user from which status to which'
complete -c roster -n "__fish_roster_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "list" -d 'List audit entries, oldest first'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "verify" -d 'Recompute the hash chain; exit 6 at the first broken entry'
complete -c roster -n "__fish_roster_using_subcommand audit; and not __fish_seen_subcommand_from list verify help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l user -d 'Only entries about this user (id, email or username; a deleted user by id)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Only this action (create, update, invite, block, …)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Entries at or after this time (2026-01-31, RFC 3339, or -7d)' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Entries before this time' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries, oldest first'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Recompute the hash chain; exit 6 at the first broken entry'
complete -c roster -n "__fish_roster_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "verify" -d 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "login" -d 'Sign in: check the password and print a new session token once'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "change-password" -d 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "check" -d 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "session" -d 'Check or end a session'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "accept-invite" -d 'Accept an invitation: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "complete-reset" -d 'Complete a password reset: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and not __fish_seen_subcommand_from verify login change-password check session accept-invite complete-reset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l password-stdin -d 'Read the current password from the first line of stdin and the new one from the second (on a terminal, without it, roster asks)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from change-password" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -f -a "check" -d 'Exit 0 if the session on stdin is alive (and note its use), else 4/5/7'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -f -a "revoke" -d 'End the session on stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from session" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l token-stdin -d 'Read the token from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l password-stdin -d 'Read the new password from the next line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from accept-invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l token-stdin -d 'Read the token from the first line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l password-stdin -d 'Read the new password from the next line of stdin'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from complete-reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in: check the password and print a new session token once'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "change-password" -d 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "check" -d 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "session" -d 'Check or end a session'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "accept-invite" -d 'Accept an invitation: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "complete-reset" -d 'Complete a password reset: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -f -a "list" -d 'List messages in the outbox'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -f -a "show" -d 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -f -a "flush" -d 'Deliver every queued message now'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -f -a "retry" -d 'Deliver these queued messages now'
complete -c roster -n "__fish_roster_using_subcommand mail; and not __fish_seen_subcommand_from list show flush retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l queued -d 'Only messages still waiting for delivery'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l links -d 'Print only the links of the delivered message, one a line, read back from the .eml file the file: transport wrote'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from flush" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "list" -d 'List messages in the outbox'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "flush" -d 'Deliver every queued message now'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Deliver these queued messages now'
complete -c roster -n "__fish_roster_using_subcommand mail; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "path" -d 'Print the path of the store file (or the connection string, without its password)'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "migrate" -d 'Apply pending schema migrations (every command also does this on open)'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "check" -d 'Check integrity, foreign keys and roster\'s own invariants; exit 6 on a problem'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "stats" -d 'Users per status'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "backup" -d 'Copy the store to a new file with SQLite\'s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "copy" -d 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
complete -c roster -n "__fish_roster_using_subcommand db; and not __fish_seen_subcommand_from path migrate check stats backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the store file (or the connection string, without its password)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Apply pending schema migrations (every command also does this on open)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check integrity, foreign keys and roster\'s own invariants; exit 6 on a problem'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Users per status'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the store to a new file with SQLite\'s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
complete -c roster -n "__fish_roster_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print the resolved settings and where each came from'
complete -c roster -n "__fish_roster_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the resolved settings and where each came from'
complete -c roster -n "__fish_roster_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "list" -d 'List the roles with their permissions and rules'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "show" -d 'Show one role, and who holds it'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "create" -d 'Make a role'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "update" -d 'Change a role\'s permissions, rules or description'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "delete" -d 'Delete a role; one that users hold needs --force'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "assign" -d 'Give a role to users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "unassign" -d 'Take a role from users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "preset" -d 'Catalogues of roles for the products roster serves'
complete -c roster -n "__fish_roster_using_subcommand role; and not __fish_seen_subcommand_from list show create update delete assign unassign preset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l permission -d 'A permission the role gives (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l requires-feature -d 'The role can be given only while this feature is on' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l scope -d 'The role needs a group of this kind beside it (team, area, store, …)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l description -d 'What the role is for' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l exclusive -d 'The role cannot be combined with any other role'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l permission -d 'Add a permission (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l remove-permission -d 'Take a permission away (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l requires-feature -d 'Gate the role behind a feature ("" removes the gate)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l scope -d 'Scope the role to a group kind ("" removes the scope)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l description -d 'What the role is for ("" removes it)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l exclusive -d 'Make the role exclusive'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l not-exclusive -d 'Let the role be combined with others again'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l force -d 'Take the role from every user who holds it first (each is audited)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l from-file -d 'Read users from FILE (\'-\' for stdin): one a line, or CSV/JSON Lines with an email or id column' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l status -d 'Users in these statuses (comma-separated or repeated)' -r -f -a "invited\t''
invitation_expired\t''
invitation_revoked\t''
active\t''
blocked\t''
archived\t''"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l role -d 'Users with this role' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l group -d 'Users in this group' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l permission -d 'Users who have this permission, through a role or their own' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l onboarding -d 'Users whose onboarding form was requested, or not' -r -f -a "requested\t''
none\t''"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l match -d 'Users whose names, email, username, company, address, city, postal code or phone contain TEXT (any case)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l inactive-for -d 'Users who have not signed in for this long (never signed in counts from creation), e.g. 90d' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l created-before -d 'Users created before this time (2026-01-31, RFC 3339, or -30d)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l created-after -d 'Users created after this time' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l attr -d 'Users with this attribute value (repeatable)' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l max-affected -d 'Refuse (exit 5) if more than N users would change' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l expect-count -d 'Refuse (exit 5) unless exactly N users match' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l reason -d 'Why, kept in the audit log' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l locked -d 'Users locked out by failed sign-ins now (`user unlock` clears a lock)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l all -d 'Every user (needed to act on all users without a filter)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Print what would happen and change nothing'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l atomic -d 'All or nothing: if any target would fail, change none'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -f -a "list" -d 'List the catalogues'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -f -a "apply" -d 'Install a catalogue\'s roles (again: changes nothing)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from preset" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the roles with their permissions and rules'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one role, and who holds it'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a role'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a role\'s permissions, rules or description'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role; one that users hold needs --force'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give a role to users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a role from users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "preset" -d 'Catalogues of roles for the products roster serves'
complete -c roster -n "__fish_roster_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "list" -d 'List groups, with how many users are in each'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "show" -d 'Show one group and its members'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "create" -d 'Make a group: KIND:NAME, the name as it should be shown'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "rename" -d 'Give a group a new name; its members stay'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "delete" -d 'Delete a group; one with members needs --force'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "members" -d 'List the users in a group'
complete -c roster -n "__fish_roster_using_subcommand group; and not __fish_seen_subcommand_from list show create rename delete members help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l kind -d 'Only groups of this kind' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l force -d 'Take every member out of it first (each is audited)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups, with how many users are in each'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one group and its members'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a group: KIND:NAME, the name as it should be shown'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Give a group a new name; its members stay'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a group; one with members needs --force'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "members" -d 'List the users in a group'
complete -c roster -n "__fish_roster_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -f -a "list" -d 'List the features roles need or that were set, on or off'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -f -a "enable" -d 'Turn a feature on'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -f -a "disable" -d 'Turn a feature off; when users\' roles need it, --force takes those roles'
complete -c roster -n "__fish_roster_using_subcommand feature; and not __fish_seen_subcommand_from list enable disable help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l force -d 'Take the roles that need it from their users first (audited)'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the features roles need or that were set, on or off'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "enable" -d 'Turn a feature on'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "disable" -d 'Turn a feature off; when users\' roles need it, --force takes those roles'
complete -c roster -n "__fish_roster_using_subcommand feature; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -f -a "define" -d 'Set the rule of an attribute key: its values, the role it needs'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -f -a "list" -d 'List the attribute rules'
complete -c roster -n "__fish_roster_using_subcommand attribute; and not __fish_seen_subcommand_from define list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l values -d 'The values allowed, comma-separated (any value without)' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l requires-role -d 'Only users with this role may have the attribute' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l description -d 'What the attribute is for' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from define" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from help" -f -a "define" -d 'Set the rule of an attribute key: its values, the role it needs'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the attribute rules'
complete -c roster -n "__fish_roster_using_subcommand attribute; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand login" -l user -d 'Your email (asked for on a terminal when not given)' -r
complete -c roster -n "__fish_roster_using_subcommand login" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand login" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand login" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand login" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand login" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin (a wrong one counts towards the lockout, as any sign-in)'
complete -c roster -n "__fish_roster_using_subcommand login" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand login" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand login" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand login" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand login" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand login" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand login" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand logout" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand logout" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand logout" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand logout" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand logout" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand logout" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand logout" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand logout" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand logout" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand logout" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand logout" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand logout" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand whoami" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand whoami" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand whoami" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand whoami" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand whoami" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand whoami" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand whoami" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand whoami" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand whoami" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand whoami" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand whoami" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand whoami" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand serve" -l listen -d 'Where to listen: HOST:PORT (loopback, or any address with --tls-cert or serve.behind_proxy; port 0: any free one) or unix:PATH; repeat for several [default: serve.listen, 127.0.0.1:8080]' -r
complete -c roster -n "__fish_roster_using_subcommand serve" -l public-url -d 'Where the links in mail point (default: mail.base_url)' -r
complete -c roster -n "__fish_roster_using_subcommand serve" -l tls-cert -d 'The server\'s certificate chain (PEM): TCP addresses speak HTTPS, and may be other than loopback' -r -F
complete -c roster -n "__fish_roster_using_subcommand serve" -l tls-key -d 'The certificate\'s private key (PEM)' -r -F
complete -c roster -n "__fish_roster_using_subcommand serve" -l admin-socket -d 'Also listen on a Unix socket (made 0600) where the server\'s own OS account administers without a credential, as it would on the store: `roster --server unix:PATH …` (`--as` is honoured there, as locally)' -r -F
complete -c roster -n "__fish_roster_using_subcommand serve" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand serve" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand serve" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand serve" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand serve" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand serve" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand serve" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand serve" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand serve" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand serve" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand serve" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand serve" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -f -a "create" -d 'Make an API token that acts as USER within its scopes; its secret is printed once'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -f -a "list" -d 'List the API tokens, revoked and expired ones too (never a secret)'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -f -a "show" -d 'Show one API token (never its secret)'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -f -a "revoke" -d 'Revoke an API token at once; its name stays taken'
complete -c roster -n "__fish_roster_using_subcommand token; and not __fish_seen_subcommand_from create list show revoke help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l user -d 'The user it acts as (id, email or username); it must be active' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l scope -d 'What it may be used for: auth, users.read, admin, scim (several: comma-separated or repeated)' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l expires -d 'How long it lives (90d, 12h, 2w) or `never`' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make an API token that acts as USER within its scopes; its secret is printed once'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the API tokens, revoked and expired ones too (never a secret)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one API token (never its secret)'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke an API token at once; its name stays taken'
complete -c roster -n "__fish_roster_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l db -d 'Store file, or postgres:// connection string (no password: use PGPASSWORD or ~/.pgpass) [env: ROSTER_DB] [default: $XDG_DATA_HOME/roster/roster.db]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l config -d 'TOML config file [env: ROSTER_CONFIG] [default: $XDG_CONFIG_HOME/roster/config.toml, if it exists]' -r -F
complete -c roster -n "__fish_roster_using_subcommand completions" -l format -d 'Output format [env: ROSTER_FORMAT] [default: table]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document; lists are arrays'
jsonl\t'One JSON object a line: the streaming form for large lists and pipes'
csv\t'RFC 4180 with a header row'"
complete -c roster -n "__fish_roster_using_subcommand completions" -l as -d 'Who is acting, recorded in the audit log [env: ROSTER_ACTOR] [default: $USER@hostname]' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l server -d 'Run the command through this roster server, as the user signed in with `roster login` (or ROSTER_TOKEN), or unix:PATH, a server\'s admin socket (as this OS account), instead of opening a store [env: ROSTER_SERVER]' -r
complete -c roster -n "__fish_roster_using_subcommand completions" -l json -d 'Short for --format json'
complete -c roster -n "__fish_roster_using_subcommand completions" -s q -l quiet -d 'Print only the ids of the affected or listed users, one a line'
complete -c roster -n "__fish_roster_using_subcommand completions" -l yes -d 'Answer yes to confirmations [env: ROSTER_YES=1]'
complete -c roster -n "__fish_roster_using_subcommand completions" -l no-color -d 'No colour [env: NO_COLOR]'
complete -c roster -n "__fish_roster_using_subcommand completions" -l require-delivery -d 'Exit 8 if a message this command sends cannot be delivered now (the change itself stands, and the message stays queued)'
complete -c roster -n "__fish_roster_using_subcommand completions" -l allow-shared-store -d 'Use a store file other accounts can read, or another account owns (with a warning) [env: ROSTER_STORE_ALLOW_SHARED]'
complete -c roster -n "__fish_roster_using_subcommand completions" -s v -l verbose -d 'Diagnostics on stderr [env: ROSTER_LOG]'
complete -c roster -n "__fish_roster_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "user" -d 'Create, list, change and move users through their lifecycle'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "audit" -d 'Read and verify the audit log'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "auth" -d 'Sign users in and check credentials, sessions, invitations and resets'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "mail" -d 'The outbox: mail queued by roster, delivered or waiting'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "db" -d 'The store: where it is, migrations, checks, statistics, backup, copy'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "config" -d 'The settings roster runs with'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "role" -d 'Roles: what users may do, and the rules for giving them'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "group" -d 'Groups users belong to: clients, teams, areas, stores, crews'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "feature" -d 'Features of the product that roles may need'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "attribute" -d 'Rules for attribute values'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "login" -d 'Sign in to a roster server, to run commands through it (SPEC §12)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "logout" -d 'Sign out of a roster server: the session ends there and is forgotten here'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "whoami" -d 'Who you act as on the roster server, with what credential and permissions'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "serve" -d 'Run the account service: the pages behind the links in mail, and the API for the product\'s servers (SPEC §12)'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "token" -d 'API tokens: credentials a product\'s servers and CI jobs use instead of a password'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c roster -n "__fish_roster_using_subcommand help; and not __fish_seen_subcommand_from user audit auth mail db config role group feature attribute login logout whoami serve token completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "create" -d 'Create a user: invited by email (default) or active at once'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, filtered and sorted'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user in full'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "update" -d 'Change a user\'s fields, attributes, roles, groups and permissions'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "invite" -d 'Send a new invitation (invited, invitation_expired, invitation_revoked → invited)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "revoke" -d 'Cancel invitations (invited, invitation_expired → invitation_revoked)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "block" -d 'Stop users from signing in (active → blocked; a blocked user\'s block is replaced); their sessions end'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unblock" -d 'Let blocked users sign in again (blocked → active)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "archive" -d 'Remove users from active use, keeping them for history (any status → archived)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "restore" -d 'Bring archived users back to the status they had before'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "reset-password" -d 'Give users a new password (typed, generated) or email them a reset link'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "sign-out" -d 'End every session of users at once (any status)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlock" -d 'Lift the lockout after repeated failed sign-ins'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "email" -d 'Send an email to users: a built-in template or your own text'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete users permanently (always asks; the audit log keeps only their ids)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Create or update users from a CSV, JSON Lines or JSON file, checked whole before anything is written'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Write users to a file that `user import` reads back (CSV, JSON Lines, JSON)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "sync" -d 'Make the store match a file: create and update its users, and block, archive or leave the users it does not list'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "history" -d 'The audit log of one user'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "transitions" -d 'Print the table of which verb moves a user from which status to which'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries, oldest first'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Recompute the hash chain; exit 6 at the first broken entry'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "verify" -d 'Check a password (exit 0 right, 7 wrong, locked out or not active)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Sign in: check the password and print a new session token once'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "change-password" -d 'A user changes their own password: the current one on the first line of stdin, the new one on the second'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "check" -d 'Exit 0 if an active user holds a permission (through a role or their own), 7 if not, 4 for an unknown user'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "session" -d 'Check or end a session'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "accept-invite" -d 'Accept an invitation: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "complete-reset" -d 'Complete a password reset: token on the first line of stdin, new password on the second'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "list" -d 'List messages in the outbox'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "show" -d 'Show one message as stored (its link says [token issued when sent]); --links reads the links back from the delivered copy'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "flush" -d 'Deliver every queued message now'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from mail" -f -a "retry" -d 'Deliver these queued messages now'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the path of the store file (or the connection string, without its password)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "migrate" -d 'Apply pending schema migrations (every command also does this on open)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check integrity, foreign keys and roster\'s own invariants; exit 6 on a problem'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "stats" -d 'Users per status'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Copy the store to a new file with SQLite\'s online backup (safe while roster runs; the file is created 0600 and never overwritten)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole store into an empty one: SQLite to PostgreSQL or back'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the resolved settings and where each came from'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the roles with their permissions and rules'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "show" -d 'Show one role, and who holds it'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "create" -d 'Make a role'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "update" -d 'Change a role\'s permissions, rules or description'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role; one that users hold needs --force'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "assign" -d 'Give a role to users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "unassign" -d 'Take a role from users: named ones, a file of them, or a selection'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "preset" -d 'Catalogues of roles for the products roster serves'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List groups, with how many users are in each'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show one group and its members'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Make a group: KIND:NAME, the name as it should be shown'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "rename" -d 'Give a group a new name; its members stay'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "delete" -d 'Delete a group; one with members needs --force'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "members" -d 'List the users in a group'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "list" -d 'List the features roles need or that were set, on or off'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "enable" -d 'Turn a feature on'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from feature" -f -a "disable" -d 'Turn a feature off; when users\' roles need it, --force takes those roles'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from attribute" -f -a "define" -d 'Set the rule of an attribute key: its values, the role it needs'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from attribute" -f -a "list" -d 'List the attribute rules'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Make an API token that acts as USER within its scopes; its secret is printed once'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List the API tokens, revoked and expired ones too (never a secret)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "show" -d 'Show one API token (never its secret)'
complete -c roster -n "__fish_roster_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "revoke" -d 'Revoke an API token at once; its name stays taken'
complete -c roster -n "__fish_roster_using_subcommand role preset apply" -f -a "back-office client operator admin-console"
complete -c roster -n "__fish_roster_using_subcommand completions" -f -a "bash elvish fish powershell zsh"
