/**
 * Picks the publication the letter answers: fills its names in both
 * languages, its letters address and (when it has one) its house salutation.
 * The fields stay editable afterwards, for a one-off difference.
 */
import { publicationFill, type Publication } from '../../../core/publication';
import type { Letter } from '../../../core/letter';
import { Field } from '../ui/Field';
import { useMessages } from '../ui/useMessages';
import type { LetterPatch } from './useLetterDraft';
import { usePublications } from './usePublications';

interface PublicationSelectProps {
  letter: Letter;
  patch: (changes: LetterPatch) => void;
}

const NONE = '';

export function PublicationSelect({ letter, patch }: PublicationSelectProps) {
  const publications = usePublications();
  const format = useMessages();
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
    <Field label="Publication profile" className="field--publication-profile">
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
          <option value={NONE}>Choose a publication…</option>
          {publications.map((p) => (
            <option key={p.id} value={p.id} title={p.notes}>
              {p.nameEn}
              {p.nameZh ? ` · ${p.nameZh}` : ''}
              {p.wordLimit && format ? ` (≤ ${format('words', { count: p.wordLimit })})` : ''}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
