import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, TEXT_FORMAT, textNode } from '../../core/editorDoc';
import {
  matchesSnippet,
  snippetDoc,
  snippetFromSelection,
  snippetText,
  type Snippet,
} from '../../core/snippet';
import { parseSnippet } from '../../core/schemas/snippet';
import { readSeed } from '../../electron/services/seedData';
import { SnippetService } from '../../electron/services/snippetService';
import { confStoreOpener } from '../../electron/storage/confStore';
import { makeDataDir, REPO_ROOT } from '../helpers/services';
import type { Wording } from '../../core/i18n/wording';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

function open() {
  const notices: Wording[] = [];
  const service = new SnippetService(confStoreOpener(data.dir, notices)('snippets'), () =>
    readSeed(join(REPO_ROOT, 'templates'), 'snippets', 'snippets', parseSnippet, notices),
  );
  return { service, notices };
}

const saved: Snippet = {
  id: 'sn-1',
  title: 'Closing thanks',
  side: 'body',
  content: editorDoc([paragraphNode([textNode('Thank you for ', 0), textNode('publishing', 1)])]),
  revision: 0,
};

describe('snippets', () => {
  it('start with examples in both languages', () => {
    const { service, notices } = open();
    expect(notices).toEqual([]);
    const list = service.list();
    expect(list.filter((s) => s.side === 'body').length).toBeGreaterThanOrEqual(3);
    expect(list.filter((s) => s.side === 'preface').length).toBeGreaterThanOrEqual(3);
  });

  it('save, replace and remove, and survive reopening', () => {
    const { service } = open();
    service.save(saved);
    service.save({ ...saved, title: 'Thanks', revision: 1 });
    expect(
      open()
        .service.list()
        .filter((s) => s.id === 'sn-1')
        .map((s) => s.title),
    ).toEqual(['Thanks']);
    open().service.remove('sn-1', 2);
    expect(
      open()
        .service.list()
        .some((s) => s.id === 'sn-1'),
    ).toBe(false);
    expect(() => service.remove('sn-1', 2)).toThrow(/The snippet was not found/);
  });

  it('read a snippets.json saved when a snippet named its language, and write the side back', () => {
    // As an earlier LetterDesk stored them: `language: 'zh' | 'en'`, no `side`.
    const old = [
      { id: 'old-zh', title: '结尾', language: 'zh', content: ['此致敬礼。'], revision: 1 },
      { id: 'old-en', title: 'Thanks', language: 'en', content: ['Thank you.'], revision: 2 },
    ];
    const path = join(data.dir, 'snippets.json');
    writeFileSync(path, JSON.stringify({ snippets: old }));
    const { service, notices } = open();
    expect(notices).toEqual([]);
    expect(service.list().map((s) => [s.id, s.side])).toEqual([
      ['old-zh', 'preface'],
      ['old-en', 'body'],
    ]);

    service.save({ ...saved, revision: 0 });
    const stored = (JSON.parse(readFileSync(path, 'utf8')) as { snippets: Array<Record<string, unknown>> })
      .snippets;
    expect(stored.map((s) => [s.id, s.side, 'language' in s])).toEqual([
      ['old-zh', 'preface', false],
      ['old-en', 'body', false],
      ['sn-1', 'body', false],
    ]);
  });

  it('leave out a stored snippet whose language is neither side', () => {
    writeFileSync(
      join(data.dir, 'snippets.json'),
      JSON.stringify({
        snippets: [{ id: 'fr', title: 'Merci', language: 'fr', content: ['Merci.'], revision: 1 }],
      }),
    );
    expect(open().service.list()).toEqual([]);
    expect(() => parseSnippet({ id: 'fr', title: 'Merci', language: 'fr', content: ['Merci.'] })).toThrow(
      /snippet field "side"/,
    );
  });

  it('refuse a snippet without a title, saying so', () => {
    expect(() => open().service.save({ ...saved, title: '  ' })).toThrow(
      /could not be saved: snippet field "title": give the snippet a title/,
    );
  });

  it('turn typed paragraphs into a document, with {{keys}} as live placeholders', () => {
    const doc = snippetDoc({ content: ['Dear readers of {{publication}},', 'Second.'] });
    expect(doc.root.children).toHaveLength(2);
    expect(doc.root.children[0].children?.map((n) => n.type)).toEqual(['text', 'placeholder', 'text']);
    expect(snippetText({ content: ['A {{publication}} B'] })).toBe('A {{publication}} B');
  });

  it('match a search on every word, in the title or the text', () => {
    expect(matchesSnippet(saved, 'gratitude publishing')).toBe(false);
    expect(matchesSnippet(saved, 'closing PUBLISHING')).toBe(true);
    expect(matchesSnippet(saved, '')).toBe(true);
  });
});

describe('a selection saved as a snippet', () => {
  it('keeps formatting and blocks, wraps bare inline runs in a paragraph, and drops empty paragraphs', () => {
    const bold = textNode('open', TEXT_FORMAT.bold);
    const list = {
      type: 'list',
      listType: 'bullet',
      children: [{ type: 'listitem', children: [textNode('a')] }],
    };
    const doc = snippetFromSelection([
      textNode('Our door is always '),
      bold,
      paragraphNode([]),
      list,
      textNode('x'),
    ]);
    expect(doc.root.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(doc.root.children[0].children).toEqual([textNode('Our door is always '), bold]);
    expect(snippetText({ content: doc })).toBe('Our door is always open\na\nx');
  });
});
