import { describe, expect, it } from 'vitest';
import { findAll, parseXml, textOf, XmlError } from '../helpers/xml';

describe('strict XML reader used to check exported documents', () => {
  it('reads elements, namespaced attributes and entities', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:p xmlns:w="urn:w"><w:r><w:t xml:space="preserve">a &amp; b &#x4E2D;&#25991;</w:t></w:r><w:r><w:t>&lt;c&gt;</w:t></w:r></w:p>',
    );
    expect(root.name).toBe('w:p');
    expect(findAll(root, 'w:t').map(textOf)).toEqual(['a & b 中文', '<c>']);
    expect(findAll(root, 'w:t')[0].attrs['xml:space']).toBe('preserve');
  });

  it.each([
    ['a control character', '<a>x\u0001y</a>', /U\+0001/],
    ['U+FFFF', '<a>\uFFFF</a>', /U\+FFFF/],
    ['a lone surrogate', '<a>\uD800</a>', /U\+D800/],
    ['a reference to a control character', '<a>&#1;</a>', /forbidden character/],
    ['a bare ampersand', '<a>x & y</a>', /bare "&"/],
    ['an unknown entity', '<a>&nbsp;</a>', /unknown entity/],
    ['mismatched tags', '<a><b></a>', /closes <b>/],
    ['an unclosed element', '<a><b/>', /<a> is never closed/],
    ['a repeated attribute', '<a x="1" x="2"/>', /repeated/],
    ['an unquoted attribute', '<a x=1/>', /malformed tag/],
    ['two roots', '<a/><b/>', /second root/],
  ])('rejects %s', (_, xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
