//! The filter reader and its evaluation, on the RFC's examples and at random.
use proptest::prelude::*;
use serde_json::json;

use super::*;

fn path(name: &str) -> AttrPath {
    AttrPath::parse(name).unwrap()
}

fn eq(name: &str, value: &str) -> Filter {
    Filter::Compare {
        path: path(name),
        op: CompareOp::Eq,
        value: CompValue::String(value.into()),
    }
}

#[test]
fn it_reads_what_the_rfc_and_the_providers_send() {
    assert_eq!(
        Filter::parse(r#"userName eq "bjensen""#).unwrap(),
        eq("userName", "bjensen")
    );
    assert_eq!(
        Filter::parse(r#"USERNAME EQ "bjensen""#)
            .unwrap()
            .to_string(),
        r#"USERNAME eq "bjensen""#
    );
    // Precedence: not, then and, then or.
    assert_eq!(
        Filter::parse(r#"a eq "1" or b eq "2" and not (c pr)"#).unwrap(),
        Filter::Or(
            Box::new(eq("a", "1")),
            Box::new(Filter::And(
                Box::new(eq("b", "2")),
                Box::new(Filter::Not(Box::new(Filter::Present(path("c"))))),
            )),
        )
    );
    for text in [
        r#"name.familyName co "O'Malley""#,
        r#"urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J""#,
        r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984""#,
        r#"title pr and userType eq "Employee""#,
        r#"userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")"#,
        r#"userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")"#,
        r#"emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]"#,
        r#"meta.lastModified gt "2011-05-13T04:42:34Z""#,
        r#"externalId eq "00u1abc" and active eq true"#,
        r#"members[value eq "2819c223-7f76-453a-919d-413861904646"].value"#,
        r#"x gt 5 and y le -1.5e3"#,
        "displayName eq \"Ada \\\"the first\\\" Lovelace\"",
    ] {
        let read = Filter::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(Filter::parse(&read.to_string()).unwrap(), read, "{text}");
    }
    assert_eq!(
        Filter::parse(r#"urn:ietf:params:scim:schemas:core:2.0:User:userName eq "a""#).unwrap(),
        eq("userName", "a"),
        "the core schema's URI says nothing more"
    );
}

#[test]
fn what_it_cannot_read_is_named() {
    for (text, says) in [
        ("", "empty"),
        ("userName", "operator"),
        ("userName eq", "value expected"),
        (r#"userName eq "open"#, "not closed"),
        (r#"userName eq bjensen"#, "not a value"),
        (r#"userName xx "a""#, "operator"),
        (r#"(userName eq "a""#, "')'"),
        (r#"userName eq "a" extra"#, "unexpected"),
        (r#"emails[type eq "work""#, "']'"),
        (r#"emails[type[x eq "y"] eq "w"]"#, "inside a value path"),
        (r#"active gt true"#, "order"),
        (r#"name co 5"#, "not a string"),
        (r#"9name eq "x""#, "not an attribute path"),
        (r#"not userName eq "a""#, "operator"),
        (r#"name.givenName[value eq "a"]"#, "not a sub-attribute"),
    ] {
        let e = Filter::parse(text).unwrap_err().to_string();
        assert!(e.contains(says), "{text:?}: {e}");
    }
    let deep = format!("{}a pr{}", "(".repeat(100), ")".repeat(100));
    assert!(
        Filter::parse(&deep)
            .unwrap_err()
            .to_string()
            .contains("nested")
    );
    assert!(Filter::parse(&"a pr or ".repeat(1000)).is_err());
    // A long chain is read, and written back reads the same: the
    // parentheses are the input's, no deeper.
    let chain = vec!["a pr"; 60].join(" or ");
    let read = Filter::parse(&chain).unwrap();
    assert_eq!(read.to_string(), chain);
    assert!(
        Filter::parse(&vec!["a pr"; 101].join(" and "))
            .unwrap_err()
            .to_string()
            .contains("at most 100")
    );
}

#[test]
fn it_matches_as_the_rfc_says() {
    let user = json!({
        "userName": "BJensen",
        "externalId": "00u1",
        "active": true,
        "name": {"givenName": "Barbara", "familyName": "Jensen"},
        "emails": [
            {"value": "bjensen@example.com", "type": "work", "primary": true},
            {"value": "babs@jensen.org", "type": "home"}
        ],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": "701984"},
        "meta": {"lastModified": "2026-05-13T04:42:34Z"}
    });
    let exact = |p: &AttrPath| p.is("externalId", None);
    let yes = |f: &str| Filter::parse(f).unwrap().matches(&user, &exact);
    assert!(yes(r#"userName eq "bjensen""#), "case-insensitive");
    assert!(!yes(r#"externalId eq "00U1""#), "case-exact");
    assert!(yes(r#"emails co "jensen.org""#), "any value");
    assert!(yes(r#"emails[type eq "work" and primary eq true]"#));
    assert!(
        !yes(r#"emails[type eq "work" and value ew ".org"]"#),
        "one value both ways"
    );
    assert!(yes(r#"name.familyName sw "jen" and active eq true"#));
    assert!(yes(r#"meta.lastModified gt "2026-01-01T00:00:00Z""#));
    assert!(yes(
        r#"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984""#
    ));
    assert!(yes(r#"title eq null and not (title pr)"#));
    assert!(yes(r#"title ne "x""#));
    assert!(!yes(r#"title ne null"#), "absent is null");
    assert!(yes(r#"userName ne null"#));
    assert!(!yes(r#"userName ne "BJENSEN""#));
}

fn arb_value() -> impl Strategy<Value = CompValue> {
    prop_oneof![
        Just(CompValue::Null),
        any::<bool>().prop_map(CompValue::Bool),
        (-1000i64..1000).prop_map(|n| CompValue::Number(n.into())),
        "[ -~\\u{e9}\\u{4e2d}]{0,8}".prop_map(CompValue::String),
    ]
}

fn arb_path() -> impl Strategy<Value = AttrPath> {
    (
        prop_oneof![
            Just(None),
            Just(Some(
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User".to_string()
            ))
        ],
        "[a-zA-Z][a-zA-Z0-9_-]{0,6}",
        proptest::option::of("[a-zA-Z][a-zA-Z0-9]{0,5}"),
    )
        .prop_filter("not a keyword", |(_, name, _)| {
            !["and", "or", "not", "pr"].contains(&name.to_ascii_lowercase().as_str())
        })
        .prop_map(|(uri, name, sub)| AttrPath { uri, name, sub })
}

fn arb_leaf(inner: bool) -> BoxedStrategy<Filter> {
    let ops = prop_oneof![
        Just(CompareOp::Eq),
        Just(CompareOp::Ne),
        Just(CompareOp::Co),
        Just(CompareOp::Sw),
        Just(CompareOp::Ew),
        Just(CompareOp::Gt),
        Just(CompareOp::Ge),
        Just(CompareOp::Lt),
        Just(CompareOp::Le),
    ];
    let compare = (arb_path(), ops, arb_value())
        .prop_filter("a value the operator takes", |(_, op, v)| op.takes(v))
        .prop_map(|(path, op, value)| Filter::Compare { path, op, value });
    let present = arb_path().prop_map(Filter::Present);
    if inner {
        prop_oneof![compare, present].boxed()
    } else {
        let value_path = (
            arb_path(),
            arb_tree(arb_leaf(true), 2),
            proptest::option::of("[a-z]{1,5}"),
        )
            .prop_map(|(path, filter, sub)| Filter::ValuePath {
                path: AttrPath { sub: None, ..path },
                filter: Box::new(filter),
                sub,
            });
        prop_oneof![compare, present, value_path].boxed()
    }
}

fn arb_tree(leaf: BoxedStrategy<Filter>, depth: u32) -> BoxedStrategy<Filter> {
    leaf.prop_recursive(depth, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::And(Box::new(a), Box::new(b))),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| Filter::Or(Box::new(a), Box::new(b))),
            inner.prop_map(|a| Filter::Not(Box::new(a))),
        ]
    })
    .boxed()
}

proptest! {
    /// Any filter, written back, reads as the same filter.
    #[test]
    fn a_filter_written_back_reads_the_same(filter in arb_tree(arb_leaf(false), 4)) {
        let text = filter.to_string();
        prop_assert_eq!(Filter::parse(&text).unwrap(), filter, "{}", text);
    }

    /// No text makes the reader panic; what it reads it can write back.
    #[test]
    fn any_text_is_read_or_refused(text in "[ -~]{0,60}") {
        if let Ok(filter) = Filter::parse(&text) {
            prop_assert_eq!(Filter::parse(&filter.to_string()).unwrap(), filter);
        }
    }

    /// `not` is the complement, `and` and `or` are both and either.
    #[test]
    fn the_operators_mean_what_they_say(
        a in arb_tree(arb_leaf(false), 2),
        b in arb_tree(arb_leaf(false), 2),
        n in 0i64..3,
    ) {
        let resource = json!({"a": "x", "n": n, "emails": [{"value": "q", "type": "work"}]});
        let exact = |_: &AttrPath| false;
        let (ma, mb) = (a.matches(&resource, &exact), b.matches(&resource, &exact));
        prop_assert_eq!(Filter::Not(Box::new(a.clone())).matches(&resource, &exact), !ma);
        prop_assert_eq!(Filter::And(Box::new(a.clone()), Box::new(b.clone())).matches(&resource, &exact), ma && mb);
        prop_assert_eq!(Filter::Or(Box::new(a), Box::new(b)).matches(&resource, &exact), ma || mb);
    }
}
