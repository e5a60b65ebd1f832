// Types of both entries of the `articlean` package (js/web.js and js/node.js export the same names).
// The data types come from the module's own declarations (src/wasm.rs); the functions are declared
// here because the entries check their arguments at run time and accept a little more than the glue
// (any typed array or an ArrayBuffer as bytes).
import type { Article, CleanOptions, Readerable, InitInput, InitOutput, SyncInitInput } from '../pkg/articlean.js';

export type {
  Article,
  Block,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  QuoteBlock,
  CodeBlock,
  TableBlock,
  MathBlock,
  CalloutBlock,
  Definition,
  DefinitionListBlock,
  EmbedBlock,
  FootnotesBlock,
  ImageBlock,
  Comment,
  PageType,
  Removed,
  RemovedKind,
  Favor,
  OutputFormat,
  Readerable,
  Limits,
  CleanOptions,
  CleanErrorCode,
  EdgeErrorCode,
  CleanError,
  InitInput,
  InitOutput,
  SyncInitInput,
} from '../pkg/articlean.js';

/** Cleans a page given as a string. Throws a `CleanError`: `InvalidInput` when `html` is not a string
 *  or `options` not a plain object, `InvalidOptions`, `InputTooLarge`, `TooManyNodes`, `WorkLimit`, or
 *  `NotInitialized` before `init()` resolved (web entry). */
export function clean(html: string, options?: CleanOptions | null): Article;

/** Cleans a page given as raw bytes (a `fetch` body), detecting its encoding from the BOM, `contentType`
 *  (an HTTP `Content-Type` value), `<meta charset>`, else UTF-8 or windows-1252. */
export function cleanBytes(
  bytes: Uint8Array | ArrayBuffer | ArrayBufferView,
  options?: CleanOptions | null,
  contentType?: string | null,
): Article;

/** Whether a page probably holds an article, without extracting it: cheap enough for every page. */
export function isProbablyReaderable(html: string): Readerable;

/** Loads the WebAssembly module once (the web entry needs it before the first call; in Node the module
 *  is loaded at import and this resolves at once). */
export default function init(moduleOrPath?: InitInput | Promise<InitInput>): Promise<InitOutput>;

/** Loads the module synchronously from a compiled `WebAssembly.Module` or its bytes. */
export function initSync(module: SyncInitInput): InitOutput;
