/** The termbase's domains (core/terms/termEntry.ts) as the interface names them. */
import { defineMessages } from '../../../core/i18n/wording';
import type { TermDomain } from '../../../core/terms/termEntry';

export const DOMAIN_LABELS = defineMessages({
  title: { id: 'terms.domain.title', defaultMessage: 'Title' },
  institution: { id: 'terms.domain.institution', defaultMessage: 'Institution' },
  policy: { id: 'terms.domain.policy', defaultMessage: 'Policy' },
  person: { id: 'terms.domain.person', defaultMessage: 'Person' },
  place: { id: 'terms.domain.place', defaultMessage: 'Place' },
  event: { id: 'terms.domain.event', defaultMessage: 'Event' },
  other: { id: 'terms.domain.other', defaultMessage: 'Other' },
}) satisfies Record<TermDomain, unknown>;
