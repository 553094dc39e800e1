//! What a key list can be in, and every change to it, as a reducer: loading, the page shown,
//! errors, and the optimistic updates after create, edit and delete.

use std::rc::Rc;

use yew::Reducible;

use super::super::api::KeySort;
use super::super::model::{ApiKey, ApiKeyPage};
use super::params::ListParams;
use crate::client::ClientError;
use crate::time::Timestamp;

/// The list's state.
#[derive(Clone, Debug, PartialEq)]
pub struct KeysState {
    pub page_size: u32,
    /// What the newest request asked for.
    pub params: ListParams,
    pub loading: bool,
    /// The latest page shown (kept while the next one loads, so the list does not flicker).
    pub data: Option<ApiKeyPage>,
    pub error: Option<ClientError>,
    /// When `data` arrived, to tell expired keys.
    pub loaded_at: Timestamp,
    /// Bumped to fetch the current page again.
    pub reload: u64,
}

impl KeysState {
    /// The first state: nothing loaded yet.
    pub fn new(page_size: u32) -> Self {
        Self {
            page_size: page_size.max(1),
            params: ListParams::default(),
            loading: true,
            data: None,
            error: None,
            loaded_at: Timestamp(0),
            reload: 0,
        }
    }

    /// The offset of a page.
    pub fn offset(&self, page: u64) -> u64 {
        page * u64::from(self.page_size)
    }

    /// The index of the last page that has keys (0 when there are none).
    pub fn last_page(&self, total: u64) -> u64 {
        total.saturating_sub(1) / u64::from(self.page_size)
    }

    /// Whether the first page is still loading (nothing to show yet).
    pub fn is_initial_load(&self) -> bool {
        self.data.is_none() && self.error.is_none()
    }
}

/// Everything that happens to the list.
#[derive(Clone, Debug, PartialEq)]
pub enum KeysAction {
    /// A request for `params` went out.
    Loading(ListParams),
    /// The newest request's answer.
    Loaded { page: ApiKeyPage, at: Timestamp },
    /// The newest request failed.
    Failed(ClientError),
    /// Fetch the current page again.
    Retry,
    /// A key was created here.
    Created(ApiKey),
    /// A key was changed here.
    Updated(ApiKey),
    /// Deleted here, or found already gone (404): either way it leaves the list.
    Removed(String),
}

impl Reducible for KeysState {
    type Action = KeysAction;

    fn reduce(self: Rc<Self>, action: KeysAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            KeysAction::Loading(params) => {
                s.params = params;
                s.loading = true;
                s.error = None;
            }
            KeysAction::Loaded { page, at } => {
                s.loading = false;
                s.error = None;
                s.loaded_at = at;
                s.data = Some(page);
            }
            KeysAction::Failed(error) => {
                s.loading = false;
                s.error = Some(error);
            }
            KeysAction::Retry => s.reload += 1,
            KeysAction::Created(key) => {
                // Show the new key at once where it belongs; the refetch confirms the page.
                if s.params.sort == KeySort::Newest && s.params.page == 0 {
                    if let Some(data) = &mut s.data {
                        let mut keys: Vec<Rc<ApiKey>> = data.api_keys.to_vec();
                        keys.insert(0, Rc::new(key));
                        keys.truncate(s.page_size as usize);
                        data.api_keys = keys.into();
                        data.total += 1;
                    }
                }
                s.reload += 1;
            }
            KeysAction::Updated(key) => {
                if let Some(data) = &mut s.data {
                    data.api_keys = data
                        .api_keys
                        .iter()
                        .map(|k| {
                            if k.id == key.id {
                                Rc::new(key.clone())
                            } else {
                                k.clone()
                            }
                        })
                        .collect();
                }
                s.reload += 1;
            }
            KeysAction::Removed(id) => {
                if let Some(data) = &mut s.data {
                    let before = data.api_keys.len();
                    data.api_keys = data
                        .api_keys
                        .iter()
                        .filter(|k| k.id != id)
                        .cloned()
                        .collect();
                    if data.api_keys.len() < before {
                        data.total = data.total.saturating_sub(1);
                    }
                }
                s.reload += 1;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str) -> ApiKey {
        ApiKey {
            id: id.into(),
            config_id: None,
            name: Some(id.into()),
            start: None,
            prefix: None,
            reference_id: None,
            enabled: true,
            expires_at: None,
            created_at: Timestamp(0),
            updated_at: None,
            last_request: None,
            request_count: None,
            ..Default::default()
        }
    }

    fn page(ids: &[&str], total: u64) -> ApiKeyPage {
        ApiKeyPage {
            api_keys: ids.iter().map(|id| Rc::new(key(id))).collect(),
            total,
        }
    }

    fn apply(s: Rc<KeysState>, actions: Vec<KeysAction>) -> Rc<KeysState> {
        actions.into_iter().fold(s, |s, a| s.reduce(a))
    }

    fn ids(s: &KeysState) -> Vec<String> {
        s.data
            .as_ref()
            .map(|d| d.api_keys.iter().map(|k| k.id.clone()).collect())
            .unwrap_or_default()
    }

    fn loaded(ids: &[&str], total: u64) -> Vec<KeysAction> {
        vec![
            KeysAction::Loading(ListParams::default()),
            KeysAction::Loaded {
                page: page(ids, total),
                at: Timestamp(5),
            },
        ]
    }

    #[test]
    fn loading_keeps_the_page_and_clears_the_error() {
        let s = apply(
            Rc::new(KeysState::new(10)),
            vec![KeysAction::Failed(ClientError::Network("x".into()))],
        );
        assert!(s.error.is_some() && !s.is_initial_load());
        let s = apply(s, loaded(&["a"], 1));
        assert_eq!(
            (ids(&s), s.loaded_at, s.loading),
            (vec!["a".into()], Timestamp(5), false)
        );
        let s = apply(s, vec![KeysAction::Loading(ListParams::default())]);
        assert!(s.loading);
        assert_eq!(ids(&s), ["a"], "the old page stays while the next loads");
    }

    #[test]
    fn paging_arithmetic() {
        let s = KeysState::new(10);
        assert_eq!(s.offset(3), 30);
        assert_eq!(s.last_page(37), 3);
        assert_eq!(s.last_page(40), 3);
        assert_eq!(s.last_page(0), 0);
        assert_eq!(KeysState::new(0).page_size, 1);
    }

    #[test]
    fn create_shows_the_row_at_once_on_the_first_newest_page_only() {
        let s = apply(Rc::new(KeysState::new(2)), loaded(&["b", "a"], 2));
        let s = apply(s, vec![KeysAction::Created(key("c"))]);
        assert_eq!(ids(&s), ["c", "b"]);
        assert_eq!(s.data.as_ref().map(|d| d.total), Some(3));
        assert_eq!(s.reload, 1);
        let mut s = (*s).clone();
        s.params.sort = KeySort::NameAsc;
        let s = apply(Rc::new(s), vec![KeysAction::Created(key("d"))]);
        assert_eq!(ids(&s), ["c", "b"], "other orders wait for the refetch");
        assert_eq!(s.reload, 2);
    }

    #[test]
    fn edits_and_removals_update_the_page() {
        let s = apply(Rc::new(KeysState::new(10)), loaded(&["a", "b"], 2));
        let mut renamed = key("a");
        renamed.name = Some("renamed".into());
        let s = apply(s, vec![KeysAction::Updated(renamed)]);
        assert_eq!(
            s.data.as_ref().unwrap().api_keys[0].name.as_deref(),
            Some("renamed")
        );
        let s = apply(s, vec![KeysAction::Removed("b".into())]);
        assert_eq!(ids(&s), ["a"]);
        assert_eq!(s.data.as_ref().unwrap().total, 1);
        // Removing a key that is not on the page leaves the count alone.
        let s = apply(s, vec![KeysAction::Removed("zzz".into())]);
        assert_eq!(s.data.as_ref().unwrap().total, 1);
        assert_eq!(s.reload, 3);
    }
}
