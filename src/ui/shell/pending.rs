use leptos::prelude::*;

use crate::domain::route::View;

/// An honest stand-in for a screen that has not been built yet: it says what
/// the screen will do and that it is not there, and shows no made-up content.
#[component]
pub fn NotBuiltYet(
    /// The screen this stands in for.
    view: View,
) -> impl IntoView {
    view! {
        <section class="card not-built" aria-labelledby="not-built-heading">
            <h2 id="not-built-heading">"Not built yet"</h2>
            <p>{view.purpose()}</p>
            <p class="muted">
                "This part of Shoreline is still being built. It shows no made-up figures in the meantime; when it arrives, it will work on your saved scenario."
            </p>
        </section>
    }
}
