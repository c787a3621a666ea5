/**
 * A template field inside the text: `{{publication}}`, `{{article.title}}` …
 *
 * A TextNode in 'token' mode, so it is selected, deleted and formatted as one
 * unit and the user cannot type into it. Its text is always the field's
 * current value (kept in sync by PlaceholderSyncPlugin), or "[label]" while the
 * field is empty. Serialized as `{type: 'placeholder', key, text, …}`, the
 * shape core/editorDoc.ts `placeholderNode()` builds and the exporter reads.
 *
 * In core so the DOCX import's headless editor knows the node as the page's
 * editors do (core/editor/editorNodes.ts); its tooltip is worded by the page
 * (renderer/src/editor/placeholderTooltip.ts), which registers it here.
 */
import {
  $applyNodeReplacement,
  nodeSchema,
  stringValue,
  TextNode,
  withField,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type SerializedPartial,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

/** Words a chip's tooltip: `field` is "{{key}}"; `filled` whether it shows a real value. */
export type PlaceholderTooltip = (field: string, filled: boolean) => string;

// None outside the page: a headless editor draws no chips.
let tooltip: PlaceholderTooltip | null = null;

export function setPlaceholderTooltip(wording: PlaceholderTooltip): void {
  tooltip = wording;
}

export type SerializedPlaceholderNode = Spread<{ key: string }, SerializedTextNode>;

const placeholderNodeSchema = nodeSchema<PlaceholderNode>()({
  key: withField(stringValue(), {
    field: '__placeholderKey',
    getter: 'getPlaceholderKey',
    setter: 'setPlaceholderKey',
  }),
});

const CHIP = 'placeholder';
const EMPTY = 'placeholder--empty';

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface PlaceholderNode {
  exportJSON(compact?: false): SerializedPlaceholderNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedPlaceholderNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedPlaceholderNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class PlaceholderNode extends TextNode {
  /** @internal The field key, e.g. "article.title" (`__key` is Lexical's own node key). */
  __placeholderKey: string;
  /** @internal Whether the field has a value; display only, never stored. */
  __filled: boolean;

  constructor(placeholderKey = '', text = `{{${placeholderKey}}}`, filled = false) {
    super(text);
    this.__placeholderKey = placeholderKey;
    this.__filled = filled;
    this.__mode = 1; // IS_TOKEN; set directly because setMode() needs an active update.
  }

  override $config() {
    return this.config('placeholder', { extends: TextNode, json: placeholderNodeSchema });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__placeholderKey = prevNode.__placeholderKey;
    this.__filled = prevNode.__filled;
  }

  getPlaceholderKey(): string {
    return this.getLatest().__placeholderKey;
  }

  setPlaceholderKey(key: string): this {
    const self = this.getWritable();
    self.__placeholderKey = key;
    return self;
  }

  isFilled(): boolean {
    return this.getLatest().__filled;
  }

  /** Shows a resolved value: the text, and whether it is a real value or the "[label]" stand-in. */
  setResolved(text: string, filled: boolean): this {
    const self = this.setTextContent(text);
    self.__filled = filled;
    return self;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    this.decorate(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    const replace = super.updateDOM(prevNode, dom, config);
    this.decorate(dom);
    return replace;
  }

  private decorate(dom: HTMLElement): void {
    dom.classList.add(CHIP);
    dom.classList.toggle(EMPTY, !this.__filled);
    dom.dataset.placeholderKey = this.__placeholderKey;
    // A tooltip set on the DOM, outside React: worded in the language shown when the chip is drawn.
    if (tooltip) dom.title = tooltip(`{{${this.__placeholderKey}}}`, this.__filled);
  }

  // Typing right next to a chip starts a new plain text node instead of growing the chip.
  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override isTextEntity(): true {
    return true;
  }
}

export function $createPlaceholderNode(key: string): PlaceholderNode {
  return $applyNodeReplacement(new PlaceholderNode(key));
}

export function $isPlaceholderNode(node: LexicalNode | null | undefined): node is PlaceholderNode {
  return node instanceof PlaceholderNode;
}
