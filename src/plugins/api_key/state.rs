//! Everything the `ApiKeys` card can be in, and every transition, as a reducer: paging, sorting,
//! loading, the open dialog, and optimistic updates after create, edit and delete.

use std::rc::Rc;

use yew::Reducible;

use crate::client::{ApiKey, ApiKeyPage, ClientError, CreatedApiKey, KeySort, Secret};
use crate::time::Timestamp;

/// Which dialog is open. The new key's secret lives only in `NewKey`: closing drops it.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogState {
    Closed,
    Create,
    NewKey { api_key: Rc<ApiKey>, secret: Secret },
    Edit(Rc<ApiKey>),
    Delete(Rc<ApiKey>),
}

/// The card's state.
#[derive(Clone, Debug, PartialEq)]
pub struct KeysState {
    pub sort: KeySort,
    /// Zero-based page index.
    pub page: u64,
    pub page_size: u32,
    /// Bumped to refetch the current page.
    pub reload: u64,
    /// The id of the newest list request; answers to older ones are dropped.
    pub seq: u64,
    pub loading: bool,
    /// The latest page shown (kept while the next one loads, so the list does not flicker).
    pub data: Option<ApiKeyPage>,
    pub error: Option<ClientError>,
    /// When `data` arrived, to tell expired keys.
    pub loaded_at: Timestamp,
    pub dialog: DialogState,
}

impl KeysState {
    /// The first state: nothing loaded yet.
    pub fn new(page_size: u32) -> Self {
        Self {
            sort: KeySort::default(),
            page: 0,
            page_size: page_size.max(1),
            reload: 0,
            seq: 0,
            loading: true,
            data: None,
            error: None,
            loaded_at: Timestamp(0),
            dialog: DialogState::Closed,
        }
    }

    /// The offset of the current page.
    pub fn offset(&self) -> u64 {
        self.page * u64::from(self.page_size)
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

/// Everything that happens to the card.
#[derive(Clone, Debug, PartialEq)]
pub enum KeysAction {
    Loading(u64),
    Loaded {
        seq: u64,
        page: ApiKeyPage,
        at: Timestamp,
    },
    Failed {
        seq: u64,
        error: ClientError,
    },
    Sort(KeySort),
    Page(u64),
    Retry,
    OpenCreate,
    OpenEdit(Rc<ApiKey>),
    OpenDelete(Rc<ApiKey>),
    CloseDialog,
    Created(CreatedApiKey),
    Updated(ApiKey),
    /// Deleted here, or found already gone (404): either way it leaves the list.
    Removed(String),
}

impl Reducible for KeysState {
    type Action = KeysAction;

    fn reduce(self: Rc<Self>, action: KeysAction) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            KeysAction::Loading(seq) => {
                s.seq = seq;
                s.loading = true;
                s.error = None;
            }
            KeysAction::Loaded { seq, page, at } => {
                if seq != s.seq {
                    return self;
                }
                s.loading = false;
                s.error = None;
                s.loaded_at = at;
                // Never an empty page after deletes: step back to the last page that has keys.
                let past_end = page.api_keys.is_empty() && page.total > 0 && s.page > 0;
                if past_end {
                    s.page = s.last_page(page.total);
                    s.loading = true;
                }
                s.data = Some(page);
            }
            KeysAction::Failed { seq, error } => {
                if seq != s.seq {
                    return self;
                }
                s.loading = false;
                s.error = Some(error);
            }
            KeysAction::Sort(sort) => {
                if sort == s.sort {
                    return self;
                }
                s.sort = sort;
                s.page = 0;
            }
            KeysAction::Page(page) => {
                let last = s.data.as_ref().map(|d| s.last_page(d.total)).unwrap_or(0);
                let page = page.min(last);
                if page == s.page {
                    return self;
                }
                s.page = page;
            }
            KeysAction::Retry => s.reload += 1,
            KeysAction::OpenCreate => s.dialog = DialogState::Create,
            KeysAction::OpenEdit(k) => s.dialog = DialogState::Edit(k),
            KeysAction::OpenDelete(k) => s.dialog = DialogState::Delete(k),
            KeysAction::CloseDialog => s.dialog = DialogState::Closed,
            KeysAction::Created(created) => {
                let api_key = Rc::new(created.api_key);
                // Show the new key at once where it belongs; the refetch confirms the page.
                if s.sort == KeySort::Newest && s.page == 0 {
                    if let Some(data) = &mut s.data {
                        let mut keys: Vec<Rc<ApiKey>> = data.api_keys.to_vec();
                        keys.insert(0, api_key.clone());
                        keys.truncate(s.page_size as usize);
                        data.api_keys = keys.into();
                        data.total += 1;
                    }
                }
                s.dialog = DialogState::NewKey {
                    api_key,
                    secret: created.key,
                };
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
                s.dialog = DialogState::Closed;
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
                s.dialog = DialogState::Closed;
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

    #[test]
    fn stale_answers_are_dropped() {
        let s = Rc::new(KeysState::new(10));
        let s = apply(
            s,
            vec![
                KeysAction::Loading(1),
                KeysAction::Loading(2),
                KeysAction::Loaded {
                    seq: 2,
                    page: page(&["new"], 1),
                    at: Timestamp(5),
                },
                KeysAction::Loaded {
                    seq: 1,
                    page: page(&["old"], 1),
                    at: Timestamp(6),
                },
                KeysAction::Failed {
                    seq: 1,
                    error: ClientError::Network("late".into()),
                },
            ],
        );
        assert_eq!(ids(&s), ["new"]);
        assert_eq!(s.error, None);
        assert!(!s.loading);
        assert_eq!(s.loaded_at, Timestamp(5));
    }

    #[test]
    fn sorting_and_paging() {
        let s = apply(
            Rc::new(KeysState::new(10)),
            vec![
                KeysAction::Loading(1),
                KeysAction::Loaded {
                    seq: 1,
                    page: page(&["a"], 37),
                    at: Timestamp(0),
                },
                KeysAction::Page(3),
            ],
        );
        assert_eq!(s.page, 3);
        assert_eq!(s.offset(), 30);
        // Past the last page is clamped.
        let s = apply(s, vec![KeysAction::Page(9)]);
        assert_eq!(s.page, 3);
        let s = apply(s, vec![KeysAction::Sort(KeySort::NameAsc)]);
        assert_eq!((s.sort, s.page), (KeySort::NameAsc, 0));
    }

    #[test]
    fn an_empty_page_after_deletes_steps_back() {
        let s = apply(
            Rc::new(KeysState::new(10)),
            vec![
                KeysAction::Loading(1),
                KeysAction::Loaded {
                    seq: 1,
                    page: page(&["a"], 21),
                    at: Timestamp(0),
                },
                KeysAction::Page(2),
                KeysAction::Loading(2),
                KeysAction::Loaded {
                    seq: 2,
                    page: page(&[], 20),
                    at: Timestamp(0),
                },
            ],
        );
        assert_eq!(s.page, 1);
        assert!(s.loading);
    }

    #[test]
    fn create_shows_the_secret_and_the_row_at_once() {
        let s = apply(
            Rc::new(KeysState::new(2)),
            vec![
                KeysAction::Loading(1),
                KeysAction::Loaded {
                    seq: 1,
                    page: page(&["b", "a"], 2),
                    at: Timestamp(0),
                },
                KeysAction::OpenCreate,
                KeysAction::Created(CreatedApiKey {
                    api_key: key("c"),
                    key: Secret::new("ba_secret"),
                }),
            ],
        );
        assert_eq!(ids(&s), ["c", "b"]);
        assert_eq!(s.data.as_ref().unwrap().total, 3);
        assert!(
            matches!(&s.dialog, DialogState::NewKey { secret, .. } if secret.expose() == "ba_secret")
        );
        assert_eq!(s.reload, 1);
        // Closing drops the secret from the state.
        let s = apply(s, vec![KeysAction::CloseDialog]);
        assert_eq!(s.dialog, DialogState::Closed);
        assert!(!format!("{s:?}").contains("ba_secret"));
    }

    #[test]
    fn edits_and_removals_update_the_page() {
        let s = apply(
            Rc::new(KeysState::new(10)),
            vec![
                KeysAction::Loading(1),
                KeysAction::Loaded {
                    seq: 1,
                    page: page(&["a", "b"], 2),
                    at: Timestamp(0),
                },
            ],
        );
        let mut renamed = key("a");
        renamed.name = Some("renamed".into());
        let s = apply(
            s,
            vec![
                KeysAction::OpenEdit(Rc::new(key("a"))),
                KeysAction::Updated(renamed),
            ],
        );
        assert_eq!(
            s.data.as_ref().unwrap().api_keys[0].name.as_deref(),
            Some("renamed")
        );
        assert_eq!(s.dialog, DialogState::Closed);
        let s = apply(
            s,
            vec![
                KeysAction::OpenDelete(Rc::new(key("b"))),
                KeysAction::Removed("b".into()),
            ],
        );
        assert_eq!(ids(&s), ["a"]);
        assert_eq!(s.data.as_ref().unwrap().total, 1);
        // Removing a key that is not on the page leaves the count alone.
        let s = apply(s, vec![KeysAction::Removed("zzz".into())]);
        assert_eq!(s.data.as_ref().unwrap().total, 1);
    }
}
