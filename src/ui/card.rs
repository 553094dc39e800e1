//! A settings card: a titled section.

use yew::prelude::*;

use super::ids::use_id;

/// Props of [`Card`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The heading (`<h2>`), which also names the section for assistive technology.
    pub title: AttrValue,
    /// A line under the title. Default: none.
    #[prop_or_default]
    pub description: Option<AttrValue>,
    /// Buttons beside the title.
    #[prop_or_default]
    pub actions: Html,
    /// Set while the content loads, for assistive technology.
    #[prop_or_default]
    pub busy: bool,
    /// Extra classes for the `<section>`, next to `ba-card`.
    #[prop_or_default]
    pub class: Classes,
    /// The card's content, under the header.
    #[prop_or_default]
    pub children: Html,
}

/// A titled section, labelled by its heading.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let title_id = use_id("card-title");
    html! {
        <super::Root>
        <section class={classes!("ba-card", props.class.clone())} aria-labelledby={title_id.clone()}
            aria-busy={props.busy.then_some("true")}>
            <div class="ba-card-header">
                <div class="ba-card-heading">
                    <h2 class="ba-card-title" id={title_id}>{ props.title.clone() }</h2>
                    if let Some(d) = &props.description {
                        <p class="ba-card-description">{ d.clone() }</p>
                    }
                </div>
                <div class="ba-card-actions">{ props.actions.clone() }</div>
            </div>
            { props.children.clone() }
        </section>
        </super::Root>
    }
}
