/**
 * One version of a letter, read-only, in the two panes: its key fields above,
 * then the Chinese preface and the English letter (salutation, text, closing,
 * signatory) as they were. Mounted by the history panel to open a version.
 */
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { sideBlocks } from '../../../core/compare/sideBlocks';
import { addresseeLine, type Letter } from '../../../core/letter';
import { englishDateLine } from '../../../core/letterParts';
import { SIDES, type Side } from '../../../core/sides';
import { signatoryLines } from '../../../core/signatory';
import { useSettings } from '../settings/SettingsContext';
import { DiffBlocks } from './DiffBlockView';
import { SidePanes } from './SidePanes';

export function VersionLetterView({ letter }: { letter: Letter }) {
  const intl = useIntl();
  const { settings } = useSettings();
  const dateStyle = settings.houseStyle.dateFormat;
  const blocks = useMemo(
    () =>
      Object.fromEntries(SIDES.map((side) => [side, sideBlocks(letter, side, dateStyle)])) as Record<
        Side,
        ReturnType<typeof sideBlocks>
      >,
    [letter, dateStyle],
  );
  const fields = [
    {
      key: 'publication',
      label: intl.formatMessage({ id: 'compare.version.publication', defaultMessage: 'Publication' }),
      value: letter.fields.publication,
    },
    {
      key: 'date',
      label: intl.formatMessage({ id: 'compare.version.date', defaultMessage: 'Letter date' }),
      value: letter.date,
    },
    {
      key: 'addressee',
      label: intl.formatMessage({ id: 'compare.version.addressee', defaultMessage: 'Addressee' }),
      value: addresseeLine(letter),
    },
  ];
  const signatory = signatoryLines(letter.signatory);
  return (
    <section
      className="compare compare--version"
      data-testid="version-letter"
      aria-label={intl.formatMessage({
        id: 'compare.version.viewLabel',
        defaultMessage: 'Version, read-only',
      })}
    >
      <header className="compare__header">
        <dl className="compare-keyfields">
          {fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd translate="no">
                {field.value || (
                  <span className="compare-fields__empty" translate="yes">
                    <FormattedMessage id="compare.field.empty" defaultMessage="(empty)" />
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </header>
      <SidePanes>
        {(side) =>
          side === 'preface' ? (
            <DiffBlocks blocks={blocks.preface} />
          ) : (
            <>
              <p className="letter-head__date">{englishDateLine(letter, settings)}</p>
              <p className="letter-head__addressee">{addresseeLine(letter)}</p>
              {letter.salutation.trim() && <p className="letter-head__salutation">{letter.salutation}</p>}
              <DiffBlocks blocks={blocks.body} />
              {letter.closing.trim() && <p className="ed-paragraph letter-foot">{letter.closing}</p>}
              {signatory.length > 0 && (
                <div className="letter-foot__signatory">
                  {signatory.map((line, index) => (
                    <p key={index} className={index === 0 ? 'signatory__name' : 'signatory__line'}>
                      {line}
                    </p>
                  ))}
                </div>
              )}
            </>
          )
        }
      </SidePanes>
    </section>
  );
}
