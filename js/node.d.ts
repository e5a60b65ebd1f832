// Types of the Node entry: the same API as the browser module, minus the init step.
export { clean, cleanBytes } from '../pkg/articlean.js';
export type {
  Article,
  Block,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  QuoteBlock,
  CodeBlock,
  TableBlock,
  ImageBlock,
  Removed,
  RemovedKind,
  CleanOptions,
  Limits,
  Favor,
  CleanErrorCode,
  CleanError,
} from '../pkg/articlean.js';
