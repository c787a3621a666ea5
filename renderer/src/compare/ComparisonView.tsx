/**
 * A compare of two versions of a letter (or a version with the text as it is
 * now): which is which, how many words each side gained and lost, the fields
 * that changed, then both sides with their insertions and deletions marked.
 * Mounted by the history panel (renderer/src/history/).
 */
import { FormattedMessage, useIntl } from 'react-intl';
import type { ComparedField, LetterComparison } from '../../../core/compare/comparison';
import { defineMessages } from '../../../core/i18n/wording';
import { DiffBlocks } from './DiffBlockView';
import { SidePanes } from './SidePanes';
import { versionLabel } from './versionLabel';

/** A field's name, as the details form calls it. */
const { fieldName: FIELD_NAME } = defineMessages({
  fieldName: {
    id: 'compare.field.name',
    defaultMessage:
      '{field, select, title {Title} publication {Publication} articleTitle {Article title} articleDate {Article date} articleUrl {Article URL} date {Letter date} place {Place} addressee {Addressee} salutation {Salutation} closing {Closing} signatory {Signatory} status {Status} other {Field}}',
  },
});

function FieldValue({ field, value }: { field: ComparedField; value: string }) {
  const intl = useIntl();
  if (!value)
    return (
      <span className="compare-fields__empty">
        <FormattedMessage id="compare.field.empty" defaultMessage="(empty)" />
      </span>
    );
  if (field === 'status')
    return (
      <span>
        {intl.formatMessage(
          { id: 'compare.field.status', defaultMessage: '{status, select, final {Final} other {Draft}}' },
          { status: value },
        )}
      </span>
    );
  return (
    <span className="compare-fields__value" translate="no">
      {value}
    </span>
  );
}

/** `published`: the newer side is the text the paper printed (the letter log's compare), not the current text. */
export function ComparisonView({
  comparison,
  published = false,
}: {
  comparison: LetterComparison;
  published?: boolean;
}) {
  const intl = useIntl();
  const { from, to, fields, sides } = comparison;
  const unchanged =
    !fields.length &&
    Object.values(sides).every((side) => side.blocks.every((block) => block.change === 'same'));
  return (
    <section
      className="compare"
      data-testid="comparison"
      aria-label={intl.formatMessage({ id: 'compare.view.label', defaultMessage: 'Compare versions' })}
    >
      <header className="compare__header">
        <h2 className="compare__title">
          <span>{versionLabel(from, intl)}</span>
          <span className="compare__arrow" aria-hidden="true" />
          <span className="sr-only">
            <FormattedMessage id="compare.view.to" defaultMessage="compared with" />
          </span>
          <span>
            {to ? (
              <span>{versionLabel(to, intl)}</span>
            ) : published ? (
              <FormattedMessage id="compare.view.published" defaultMessage="published text" />
            ) : (
              <FormattedMessage id="compare.view.current" defaultMessage="current text" />
            )}
          </span>
        </h2>
        {unchanged && (
          <p className="compare__none" role="status">
            <FormattedMessage
              id="compare.view.noChanges"
              defaultMessage="No changes: the two versions are the same."
            />
          </p>
        )}
        {fields.length > 0 && (
          <table className="compare-fields">
            <caption>
              <FormattedMessage id="compare.fields.caption" defaultMessage="Changed fields" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="compare.fields.field" defaultMessage="Field" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compare.fields.before" defaultMessage="Before" />
                </th>
                <th scope="col">
                  <FormattedMessage id="compare.fields.after" defaultMessage="After" />
                </th>
              </tr>
            </thead>
            <tbody>
              {fields.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{intl.formatMessage(FIELD_NAME, { field: change.field })}</th>
                  <td>
                    <del className="diff-part diff-part--deleted">
                      <FieldValue field={change.field} value={change.before} />
                    </del>
                  </td>
                  <td>
                    <ins className="diff-part diff-part--inserted">
                      <FieldValue field={change.field} value={change.after} />
                    </ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </header>
      <SidePanes
        note={(side) => (
          <FormattedMessage
            id="compare.side.counts"
            defaultMessage="{inserted, plural, one {# word inserted} other {# words inserted}}, {deleted, plural, one {# word deleted} other {# words deleted}}"
            values={{ inserted: sides[side].inserted, deleted: sides[side].deleted }}
          />
        )}
      >
        {(side) => <DiffBlocks blocks={sides[side].blocks} />}
      </SidePanes>
    </section>
  );
}
