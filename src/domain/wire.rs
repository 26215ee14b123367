//! How domain values arrive in a request (a server's JSON body, a client's
//! copy of a command's flags): each is parsed as the command line parses
//! it, so a request that deserializes holds only valid values.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::access::GroupKind;
use super::types::{Email, Username};
use super::user::Profile;

macro_rules! parsed {
    ($($ty:ty),* $(,)?) => {$(
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                <$ty>::parse(&raw).map_err(D::Error::custom)
            }
        }
    )*};
}

// Role, permission and feature names and group references deserialize
// by parsing where they are defined (`domain::access`).
parsed!(GroupKind, Email, Username);

macro_rules! as_text {
    ($($ty:ty),* $(,)?) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}

as_text!(Email, Username);

/// Profile fields by name, each checked as `--phone` and the other flags
/// are.
impl<'de> Deserialize<'de> for Profile {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let fields = std::collections::BTreeMap::<String, Option<String>>::deserialize(d)?;
        let mut profile = Profile::default();
        for (field, value) in &fields {
            profile
                .set(field, value.as_deref())
                .map_err(D::Error::custom)?;
        }
        Ok(profile)
    }
}

/// Profile fields of a user as the store holds them, as a server answers
/// with them: taken as they are (text another program wrote may break
/// today's rules; display makes it safe), not refused as a request's are.
pub fn stored_profile<'de, D: Deserializer<'de>>(d: D) -> Result<Profile, D::Error> {
    let fields = std::collections::BTreeMap::<String, Option<String>>::deserialize(d)?;
    let mut profile = Profile::default();
    for (field, value) in fields {
        profile
            .set_unchecked(&field, value)
            .map_err(D::Error::custom)?;
    }
    Ok(profile)
}

/// A part of a change that may be left alone, cleared or set
/// (`Option<Option<T>>`): absent leaves it alone, `null` clears it. Use
/// with `#[serde(default, skip_serializing_if = "Option::is_none")]`.
pub fn cleared<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::access::{GroupRef, RoleName};
    use crate::domain::user::UserChanges;

    #[test]
    fn values_are_parsed_as_they_arrive() {
        let role: RoleName = serde_json::from_str("\"team-lead\"").unwrap();
        assert_eq!(role.as_str(), "team-lead");
        assert!(serde_json::from_str::<RoleName>("\"team lead\"").is_err());
        let group: GroupRef = serde_json::from_str("\"team:North\"").unwrap();
        assert_eq!(group.to_string(), "team:North");
        let email: Email = serde_json::from_str("\" ada@example.com\"").unwrap();
        assert_eq!(
            serde_json::to_string(&email).unwrap(),
            "\"ada@example.com\""
        );
        assert!(serde_json::from_str::<Email>("\"ada\"").is_err());
        let profile: Profile = serde_json::from_str(r#"{"phone":"+1 555"}"#).unwrap();
        assert_eq!(profile.phone.as_deref(), Some("+1 555"));
        assert!(serde_json::from_str::<Profile>(r#"{"shoe_size":"9"}"#).is_err());
    }

    #[test]
    fn a_change_tells_leaving_alone_from_clearing() {
        let clear = UserChanges {
            username: Some(None),
            ..UserChanges::default()
        };
        let sent = serde_json::to_string(&clear).unwrap();
        let back: UserChanges = serde_json::from_str(&sent).unwrap();
        assert_eq!(back.username, Some(None));
        let alone: UserChanges = serde_json::from_str("{}").unwrap();
        assert_eq!(alone.username, None);
        assert!(alone.is_empty());
    }
}
