#!/usr/bin/env python3
"""Where the wasm bytes go, by group: printed by `./dev bench` (issue 14).

    size_groups.py WASM [--top N] [--no-opt]

WASM is the module wasm-bindgen wrote before wasm-opt, with its function
names (Trunk leaves it at target/wasm-bindgen/release/shoreline_bg.wasm).
It is optimised here as the release build is (`wasm-opt -Oz` with the flags
of index.html's data-wasm-opt-params) but with `-g`, which keeps the names,
so the sizes are close to the shipped file's. Then every function body is
put in a group by its (demangled) name, the data section and the rest in
their own, and for each group this prints its raw size, its share and an
estimate of its gzip size (the group's bytes compressed on their own, scaled
so that the groups add up to the gzip size of the whole code and data).

The same method as the hand-made table of 2026-12-01 (notes/size-breakdown),
without its v0 symbol names: the release build uses the legacy mangling,
whose names say which generic function a copy is, not for which types. So
Leptos's runtime and the Leptos generics instantiated for the app's views
are one group here (the largest `Render::build` closure is the view switch
with all six screens inlined), and the copies of each generic function are
listed instead ("most copies").

Needs only python3 and wasm-opt (binaryen 132 from npm, on PATH in ./dev).
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LEPTOS = {
    "leptos", "leptos_dom", "leptos_macro", "leptos_server", "reactive_graph",
    "reactive_stores", "tachys", "any_spawner", "or_poisoned", "throw_error",
    "slotmap", "indexmap", "futures", "futures_util", "futures_core",
    "futures_channel", "futures_executor", "send_wrapper", "pin_project",
    "guardian", "hydration_context", "server_fn", "wasm_streams", "oco_ref",
    "either_of", "next_tuple", "linear_map", "erased", "rustc_hash",
    "wasm_bindgen_futures", "async_lock", "event_listener", "const_str_slice_concat",
}
LEPTOS_GROUP = "Leptos: runtime + generics instantiated for the app"
GLUE = {"wasm_bindgen", "js_sys", "web_sys", "gloo", "gloo_utils"}
ALLOC = {"alloc", "dlmalloc", "hashbrown", "compiler_builtins", "std"}


def leb(buf, pos):
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def name_bytes(buf, pos):
    size, pos = leb(buf, pos)
    return buf[pos:pos + size].decode("utf-8", "replace"), pos + size


def parse(buf):
    """Function bodies (index, bytes), the data section, other sections, names."""
    if buf[:4] != b"\0asm":
        sys.exit("size_groups.py: not a wasm module")
    pos = 8
    imported = 0
    bodies = []
    data = b""
    other = []
    names = {}
    while pos < len(buf):
        sid = buf[pos]
        size, start = leb(buf, pos + 1)
        end = start + size
        if sid == 2:  # imports: count the imported functions (their indices come first)
            count, p = leb(buf, start)
            for _ in range(count):
                _, p = name_bytes(buf, p)
                _, p = name_bytes(buf, p)
                kind = buf[p]
                p += 1
                if kind == 0:
                    imported += 1
                    _, p = leb(buf, p)
                elif kind == 1:
                    p += 1
                    flags, p = leb(buf, p + 0)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 2:
                    flags, p = leb(buf, p)
                    _, p = leb(buf, p)
                    if flags & 1:
                        _, p = leb(buf, p)
                elif kind == 3:
                    p += 2
                elif kind == 4:
                    p += 1
                    _, p = leb(buf, p)
                else:
                    sys.exit(f"size_groups.py: unknown import kind {kind}")
            other.append(buf[pos:end])
        elif sid == 10:  # code
            count, p = leb(buf, start)
            for i in range(count):
                body_size, q = leb(buf, p)
                bodies.append((imported + i, buf[p:q + body_size]))
                p = q + body_size
        elif sid == 11:  # data
            data = buf[pos:end]
        elif sid == 0:  # custom: only the name section is read, none is counted
            title, p = name_bytes(buf, start)
            if title == "name":
                while p < end:
                    sub, p = buf[p], p + 1
                    sub_size, p = leb(buf, p)
                    if sub == 1:
                        count, q = leb(buf, p)
                        for _ in range(count):
                            index, q = leb(buf, q)
                            names[index], q = name_bytes(buf, q)
                    p += sub_size
        else:
            other.append(buf[pos:end])
        pos = end
    return bodies, data, b"".join(other), names


HASH = re.compile(r"::h[0-9a-f]{16}$")
LEGACY_ESCAPES = {
    "$LT$": "<", "$GT$": ">", "$u20$": " ", "$RF$": "&", "$C$": ",", "$BP$": "*",
    "$SP$": "@", "$LP$": "(", "$RP$": ")", "$u7b$": "{", "$u7d$": "}", "$u27$": "'",
    "$u5b$": "[", "$u5d$": "]", "$u7e$": "~", "$u3b$": ";", "$u2b$": "+", "$u22$": '"',
}


def demangle(name):
    """Readable enough to group: legacy `_ZN...E` names in full, and the
    plain path of v0 `_R...` names (wasm-bindgen's output is demangled
    already; this is for a module read as cargo wrote it)."""
    if name.startswith("_ZN"):
        parts, p = [], 3
        while p < len(name) and name[p].isdigit():
            m = re.match(r"\d+", name[p:])
            p += len(m.group())
            part = name[p:p + int(m.group())]
            p += int(m.group())
            if part.startswith("_$"):
                part = part[1:]
            for code, char in LEGACY_ESCAPES.items():
                part = part.replace(code, char)
            parts.append(part.replace("..", "::"))
        return "::".join(parts)
    if name.startswith("_R"):
        # v0: the crate and the plain path that follows it, e.g.
        # `_RNvNtNtCs..._4core3fmt5float29float_to_decimal_common_exact`.
        m = re.search(r"C(?:s[0-9A-Za-z]*_)?(?=\d)", name[2:])
        if not m:
            return name
        parts, rest = [], name[2 + m.end():]
        while True:
            step = re.match(r"(?:s[0-9A-Za-z]*_)?(\d+)_?", rest)
            if not step or int(step.group(1)) == 0:
                break
            length = int(step.group(1))
            parts.append(rest[step.end():step.end() + length])
            rest = rest[step.end() + length:]
        return "::".join(parts) or name
    return name


PRIMITIVES = {
    "", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
    "i128", "isize", "f32", "f64", "bool", "char", "str", "()",
}


def crate_of(path):
    """The first path segment: `tachys` for `tachys::view::Render`."""
    path = path.lstrip("<&*([ ").replace("mut ", "").replace("const ", "").replace("dyn ", "")
    return re.split(r"[:<>\[\]() ,;]", path, maxsplit=1)[0]


def split_impl(name):
    """`<A as B>::f` -> (A, B); `<A>::f` -> (A, None); else (name, None)."""
    if not name.startswith("<"):
        return name, None
    depth = 0
    for i, ch in enumerate(name):
        depth += {"<": 1, ">": -1}.get(ch, 0)
        if depth == 0:
            inner = name[1:i]
            break
    else:
        return name, None
    depth = 0
    for j, ch in enumerate(inner):
        depth += {"<": 1, "(": 1, "[": 1, ">": -1, ")": -1, "]": -1}.get(ch, 0)
        if depth == 0 and inner.startswith(" as ", j):
            return inner[:j], inner[j + 4:]
    return inner, None


def group_of(name):
    if name is None:
        return "unnamed functions"
    name = HASH.sub("", demangle(name))
    if "drop_in_place" in name:
        return "drop glue (core::ptr::drop_in_place)"
    if re.match(r"__wbg|__wbindgen|__externref", name):
        return "wasm-bindgen / js-sys / web-sys glue"
    if name.startswith("intounderlying"):
        return LEPTOS_GROUP  # wasm-streams, via server_fn
    if name == "main":
        return "app entry (shoreline::main, App)"
    if re.match(r"__\w+[0-9]$|__(mul|div|udiv|umod|mod|ashl|lshr|ashr|fix|float)", name):
        return "alloc, std, hashbrown, dlmalloc, builtins"
    self_type, trait = split_impl(name)
    crate = crate_of(self_type)
    trait_crate = crate_of(trait) if trait else None
    if crate in PRIMITIVES or re.fullmatch(r"[A-Z][A-Za-z0-9]?", crate):
        crate = trait_crate or "core"  # a generic or primitive self type
    if crate == "Closure":
        crate = "wasm_bindgen"
    if crate in ("Ref", "RefMut", "Option", "Result", "Box", "Vec", "String"):
        crate = "core"
    serde = ("serde", "serde_core", "serde_derive")
    if crate == "serde_json" or trait_crate == "serde_json":
        return "serde_json runtime"
    if crate in serde or trait_crate in serde or "<impl serde" in name or "as serde" in name:
        return "serde (derives for app types, runtime)"
    if crate == "shoreline":
        if self_type.startswith("shoreline::ui"):
            return "app views (shoreline::ui)"
        if self_type.startswith("shoreline::domain"):
            return "app core (shoreline::domain)"
        return "app entry (shoreline::main, App)"
    if crate in LEPTOS:
        return LEPTOS_GROUP
    if crate in GLUE:
        return "wasm-bindgen / js-sys / web-sys glue"
    if crate in ("zmij", "ryu", "itoa", "dtoa") or re.match(
        r"core::num::(dec2flt|flt2dec|bignum|diy_float)|core::fmt::float", self_type
    ):
        return "number parsing and formatting (core, ryu/zmij)"
    if re.match(r"(core|alloc)::(fmt|str|unicode|char)", self_type):
        return "core::fmt, str, unicode"
    if "panic" in name or crate == "console_error_panic_hook":
        return "panic machinery"
    if crate in ALLOC or name.startswith("__rust") or name in ("memcpy", "memset", "memmove", "memcmp"):
        return "alloc, std, hashbrown, dlmalloc, builtins"
    if crate in ("core", "libm") or name in ("round", "floor", "ceil", "fmod", "pow", "fmax", "fmin", "log10"):
        return "core generics"
    return f"other: {crate or name[:40]}"


def optimise(wasm):
    """wasm-opt -Oz -g with the flags of index.html, into a temporary file."""
    with open(os.path.join(ROOT, "index.html"), encoding="utf-8") as f:
        m = re.search(r'data-wasm-opt-params="([^"]*)"', f.read())
    flags = m.group(1).split() if m else []
    out = tempfile.NamedTemporaryFile(suffix=".wasm", delete=False).name
    try:
        subprocess.run(["wasm-opt", "-Oz", "-g", *flags, wasm, "-o", out], check=True)
    except (OSError, subprocess.CalledProcessError) as err:
        sys.exit(f"size_groups.py: wasm-opt failed ({err}); ./dev puts npm's binaryen on PATH")
    return out


def kib(n):
    return n / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("wasm")
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--no-opt", action="store_true", help="read WASM as it is")
    args = parser.parse_args()
    if not os.path.isfile(args.wasm):
        sys.exit(f"size_groups.py: no {args.wasm}: build first (./dev build)")
    path = args.wasm if args.no_opt else optimise(args.wasm)
    try:
        with open(path, "rb") as f:
            buf = f.read()
    finally:
        if path != args.wasm:
            os.remove(path)
    bodies, data, other, names = parse(buf)
    if len(names) < len(bodies) // 2:
        sys.exit("size_groups.py: the module has (almost) no function names; give the wasm-bindgen output")

    groups = collections.defaultdict(list)
    copies = collections.defaultdict(lambda: [0, 0])
    items = []
    for index, body in bodies:
        name = names.get(index)
        group = group_of(name)
        groups[group].append(body)
        readable = HASH.sub("", demangle(name)) if name else f"func[{index}]"
        items.append((len(body), readable))
        key = readable if name else ""
        copies[key][0] += 1
        copies[key][1] += len(body)
    groups["data section (text, markup, tables, vtables)"].append(data)
    groups["imports, types, tables, exports, globals"].append(other)

    raw = {g: sum(len(b) for b in bs) for g, bs in groups.items()}
    alone = {g: len(zlib.compress(b"".join(bs), 9)) for g, bs in groups.items()}
    code_and_data = b"".join(b for bs in groups.values() for b in bs)
    whole = len(zlib.compress(code_and_data, 9))
    scale = whole / max(1, sum(alone.values()))
    total = sum(raw.values())

    how = "as read" if args.no_opt else "after wasm-opt -Oz -g (names kept)"
    print(f"Wasm by group: {os.path.basename(args.wasm)} {how}, custom sections "
          f"not counted: {kib(total):.0f} KiB raw, ~{kib(whole):.0f} KiB gzip")
    print(f"{'group':<52} {'raw KiB':>8} {'share':>7} {'~gzip KiB':>10}")
    for g in sorted(raw, key=raw.get, reverse=True):
        if raw[g] == 0:
            continue
        gz = alone.get(g, 0) * scale
        print(f"{g:<52} {kib(raw[g]):>8.1f} {100 * raw[g] / total:>6.1f}% {kib(gz):>10.1f}")

    print(f"\nLargest functions (bytes), top {args.top}:")
    for size, name in sorted(items, reverse=True)[: args.top]:
        print(f"{size:>8}  {name[:110]}")
    print(f"\nMost copies of one generic function (copies, bytes), top {args.top}:")
    ranked = sorted(((n, c, b) for n, (c, b) in copies.items() if c > 1 and n), key=lambda t: -t[2])
    for name, count, size in ranked[: args.top]:
        print(f"{count:>5} {size:>8}  {name[:104]}")


if __name__ == "__main__":
    main()
