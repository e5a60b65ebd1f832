//! The JavaScript edge (filled in by the WebAssembly issue).
