//! The only code that makes downloads, reads picked files or writes to the clipboard.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download named `name` of type `mime` (a Blob behind
/// a temporary link); nothing is sent anywhere.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked later: revoking at once can cancel the download in some browsers.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Reads a picked file as text and calls `done` with it (`None` if it could not be read).
pub fn read_text(file: &web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        return done(None);
    };
    let source = reader.clone();
    let on_end =
        Closure::once_into_js(move || done(source.result().ok().and_then(|v| v.as_string())));
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    let _ = reader.read_as_text(file);
}

/// Tries to put `text` on the clipboard; `done(true)` when it is there.
/// Pages served over plain http have no `navigator.clipboard` at all (it is
/// only there in secure contexts): then `done(false)` at once, no exception.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return done(false);
    }
    let promise = navigator.clipboard().write_text(text);
    let done = std::rc::Rc::new(done);
    let failed = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let err = Closure::<dyn FnMut(JsValue)>::new(move |_| failed(false));
    let _ = promise.then2(&ok, &err);
    // Each runs at most once, when the browser answers.
    ok.forget();
    err.forget();
}
