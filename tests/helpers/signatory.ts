import type { Signatory } from '../../core/signatory';

/** The press counsellor the tests sign with; a test overrides what it looks at. */
export const pressCounsellor = (overrides: Partial<Signatory> = {}): Signatory => ({
  id: 'press',
  nameEn: 'Li Ming',
  nameZh: '李明',
  titleEn: 'Press Counsellor',
  titleZh: '新闻参赞',
  organisationEn: 'Embassy',
  organisationZh: '使馆',
  ...overrides,
});
