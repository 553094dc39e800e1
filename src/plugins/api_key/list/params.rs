//! Which page in which order a list shows, kept in the URL (`?page=2&sort=name-asc`) so that a
//! reload, Back and a shared link keep them. Outside a router (a host app without one) they
//! live in the component instead.

use yew::prelude::*;
use yew_router::prelude::*;

use super::super::api::KeySort;
pub use crate::routing::Entry;
use crate::routing::{go_to, strip_base};

/// The highest page number read from a URL; beyond it a link is not a page but garbage.
const MAX_PAGE: u64 = 1_000_000;

/// A page (zero-based) and an order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ListParams {
    pub page: u64,
    pub sort: KeySort,
}

/// The query parameter names of one list: `page` and `sort`, behind a prefix where several
/// lists share a page (`org-page`, `org-sort`).
#[derive(Clone, Debug, PartialEq)]
pub struct ParamNames {
    page: String,
    sort: String,
}

impl ParamNames {
    /// The names with `prefix` before them.
    pub fn new(prefix: &str) -> Self {
        Self {
            page: format!("{prefix}page"),
            sort: format!("{prefix}sort"),
        }
    }

    /// The list's parameters in a query string (`?a=1&page=2`); a missing or bad value falls
    /// back to the default (page 1, newest first).
    pub fn read(&self, query: &str) -> ListParams {
        let mut params = ListParams::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if k == self.page {
                params.page = parse_page(v).unwrap_or(0);
            } else if k == self.sort {
                params.sort = KeySort::from_token(v).unwrap_or_default();
            }
        }
        params
    }

    /// `query` with this list's parameters set to `params` (defaults left out) and every
    /// other parameter kept as it was, without the leading `?`.
    pub fn write(&self, query: &str, params: ListParams) -> String {
        let mut pairs: Vec<String> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let k = p.split_once('=').map_or(*p, |(k, _)| k);
                k != self.page && k != self.sort
            })
            .map(str::to_owned)
            .collect();
        if params.page > 0 {
            pairs.push(format!("{}={}", self.page, params.page + 1));
        }
        if params.sort != KeySort::default() {
            pairs.push(format!("{}={}", self.sort, params.sort.token()));
        }
        pairs.join("&")
    }
}

/// A one-based page number from the URL, as a zero-based index.
fn parse_page(v: &str) -> Option<u64> {
    if v.is_empty() || v.len() > 7 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u64 = v.parse().ok()?;
    (1..=MAX_PAGE).contains(&n).then(|| n - 1)
}

/// The list's parameters and a way to change them.
#[hook]
pub fn use_list_params(prefix: AttrValue) -> (ListParams, Callback<(ListParams, Entry)>) {
    let location = use_location();
    let navigator = use_navigator();
    let local = use_state(ListParams::default);
    let names = ParamNames::new(&prefix);
    match (location, navigator) {
        (Some(location), Some(navigator)) => {
            let params = names.read(location.query_str());
            let path = strip_base(location.path(), navigator.basename());
            let query = location.query_str().to_owned();
            let set = Callback::from(move |(params, entry): (ListParams, Entry)| {
                // go_to leaves out an empty query.
                let target = format!("{path}?{}", names.write(&query, params));
                go_to(&navigator, &target, entry);
            });
            (params, set)
        }
        _ => {
            let set = {
                let local = local.clone();
                Callback::from(move |(params, _)| local.set(params))
            };
            (*local, set)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_page_and_sort_with_fallbacks() {
        let n = ParamNames::new("");
        assert_eq!(n.read(""), ListParams::default());
        assert_eq!(
            n.read("?page=3&sort=name-asc"),
            ListParams {
                page: 2,
                sort: KeySort::NameAsc
            }
        );
        for bad in [
            "?page=0",
            "?page=-1",
            "?page=abc",
            "?page=1e3",
            "?page=99999999",
            "?page=",
        ] {
            assert_eq!(n.read(bad).page, 0, "{bad}");
        }
        assert_eq!(n.read("?sort=bogus").sort, KeySort::Newest);
        // Another list's parameters are not ours.
        assert_eq!(n.read("?org-page=4").page, 0);
        assert_eq!(ParamNames::new("org-").read("?org-page=4").page, 3);
    }

    #[test]
    fn writes_only_its_own_parameters() {
        let n = ParamNames::new("");
        let p = ListParams {
            page: 1,
            sort: KeySort::Oldest,
        };
        assert_eq!(n.write("?tab=x&page=9", p), "tab=x&page=2&sort=oldest");
        assert_eq!(n.write("?page=2&sort=oldest", ListParams::default()), "");
        assert_eq!(n.read(&n.write("", p)), p);
    }
}
