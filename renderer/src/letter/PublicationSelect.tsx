/**
 * Picks the publication the letter answers: fills its names in both
 * languages, its letters address and (when it has one) its house salutation.
 * The fields stay editable afterwards, for a one-off difference.
 */
import { useIntl } from 'react-intl';
import { publicationFill, type Publication } from '../../../core/publication';
import type { Letter } from '../../../core/letter';
import { Field } from '../ui/Field';
import type { LetterPatch } from './useLetterDraft';
import { usePublications } from './usePublications';

interface PublicationSelectProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
}

const NONE = '';

export function PublicationSelect({ letter, patch }: PublicationSelectProps) {
  const publications = usePublications();
  const intl = useIntl();
  const pick = (publication: Publication) => {
    const fill = publicationFill(publication);
    patch({
      publicationId: fill.publicationId,
      fields: { ...letter.fields, ...fill.fields },
      ...(fill.salutation !== undefined ? { salutation: fill.salutation } : {}),
    });
  };
  const known = publications.some((p) => p.id === letter.publicationId);
  return (
    <Field
      label={intl.formatMessage({ id: 'letter.publication.profile', defaultMessage: 'Publication profile' })}
      className="field--publication-profile"
    >
      {(id) => (
        <select
          id={id}
          className="input"
          value={known ? (letter.publicationId ?? NONE) : NONE}
          data-testid="field-publication-profile"
          onChange={(event) => {
            const chosen = publications.find((p) => p.id === event.target.value);
            if (chosen) pick(chosen);
            else patch({ publicationId: null });
          }}
        >
          <option value={NONE}>
            {intl.formatMessage({ id: 'letter.publication.choose', defaultMessage: 'Choose a publication…' })}
          </option>
          {publications.map((p) => {
            const name = p.nameZh ? `${p.nameEn} · ${p.nameZh}` : p.nameEn;
            return (
              <option key={p.id} value={p.id} title={p.notes} translate="no">
                {p.wordLimit
                  ? intl.formatMessage(
                      {
                        id: 'letter.publication.withLimit',
                        defaultMessage: '{name} (≤ {count, plural, one {# word} other {# words}})',
                      },
                      { name, count: p.wordLimit },
                    )
                  : name}
              </option>
            );
          })}
        </select>
      )}
    </Field>
  );
}
