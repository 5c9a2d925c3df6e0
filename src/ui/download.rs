//! Saving text as a file the browser downloads (Blob + object URL + a
//! temporary `<a download>`): nothing is sent anywhere.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download named `file_name`; `Err` says what failed.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_: JsValue| "Your browser did not allow the download.".to_string();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link = document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into::<web_sys::HtmlAnchorElement>();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The download has its own copy of the data by now.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
