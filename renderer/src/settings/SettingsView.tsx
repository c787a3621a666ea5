/**
 * Settings: the letterhead and house style every export uses, the signatory
 * profiles a letter can be signed by (copied into a letter when picked), which
 * one new letters start with, and where data lives.
 */
import { useState } from 'react';
import { authorName } from '../../../core/authorName';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AppInfo, SignatoryList } from '../../../core/contract';
import type { SignatoryProfile } from '../../../core/signatory';
import { useApi } from '../app/ApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { errorMessage } from '../ui/errorMessage';
import { isConflict } from '../ui/isConflict';
import { PencilIcon, PlusIcon, TrashIcon } from '../ui/icons';
import { useNotify } from '../ui/Notifications';
import { NoteTemplateSection } from '../log/NoteTemplateSection';
import { HouseStyleSection } from './HouseStyleSection';
import { LanguageSection } from './LanguageSection';
import { LetterheadSection } from './LetterheadSection';
import { PublicationsSection } from './PublicationsSection';
import { TermbaseSection } from '../terms/TermbaseSection';
import { useSettings } from './SettingsContext';
import { SignatoryForm } from './SignatoryForm';

const blank = (): SignatoryProfile => ({
  id: crypto.randomUUID(),
  nameEn: '',
  nameZh: '',
  titleEn: '',
  titleZh: '',
  organisationEn: '',
  organisationZh: '',
  revision: 0,
});

interface SettingsViewProps {
  profiles: SignatoryList;
  onProfiles: (profiles: SignatoryList) => void;
  info: AppInfo | null;
}

export function SettingsView({ profiles, onProfiles, info }: SettingsViewProps) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const office = useSettings();
  const [editing, setEditing] = useState<{ signatory: SignatoryProfile; isNew: boolean } | null>(null);
  const [removing, setRemoving] = useState<SignatoryProfile | null>(null);

  /** `stale`: what to say if another window changed things first (the list is then shown afresh). */
  const run = async (action: () => Promise<SignatoryList>, stale: string) => {
    try {
      onProfiles(await action());
    } catch (error) {
      if (!isConflict(error)) return notify.error(errorMessage(error));
      notify.error(stale);
      onProfiles(await api.call('signatories.list', {}).catch(() => profiles));
    }
  };

  return (
    <main className="page" data-testid="settings-view" aria-labelledby="settings-title">
      <header className="page__header">
        <div>
          <h1 id="settings-title" className="page__title">
            <FormattedMessage id="settings.view.title" defaultMessage="Settings" />
          </h1>
          <p className="page__lead">
            <FormattedMessage
              id="settings.view.lead"
              defaultMessage="The letterhead and house style apply to every letter. Changes are saved as you type."
            />
          </p>
        </div>
      </header>

      {office.loaded ? (
        <>
          <LanguageSection
            // What versions and comments are signed with while "Your name" is empty (core/authorName.ts).
            defaultSignatoryName={authorName(
              '',
              profiles.signatories.find((profile) => profile.id === profiles.defaultId),
            )}
          />
          <LetterheadSection />
          <HouseStyleSection />
          <NoteTemplateSection />
        </>
      ) : office.loadError ? (
        <p className="settings-load-error" role="alert" data-testid="settings-load-error">
          <FormattedMessage
            id="settings.view.loadFailed"
            defaultMessage="The letterhead and house style could not be loaded: {reason} {retry}"
            values={{
              reason: office.loadError,
              retry: (
                <button type="button" className="btn btn--small" onClick={office.reload}>
                  <FormattedMessage id="settings.view.tryAgain" defaultMessage="Try again" />
                </button>
              ),
            }}
          />
        </p>
      ) : (
        <p className="page__empty">
          <FormattedMessage
            id="settings.view.loading"
            defaultMessage="Loading the letterhead and house style…"
          />
        </p>
      )}

      <section className="settings-section" aria-labelledby="signatories-title">
        <div className="settings-section__header">
          <h2 id="signatories-title" className="settings-section__title">
            <FormattedMessage id="settings.signatories.title" defaultMessage="Signatories" />
          </h2>
          <button
            type="button"
            className="btn btn--primary btn--small"
            onClick={() => setEditing({ signatory: blank(), isNew: true })}
            disabled={editing?.isNew}
            data-testid="signatory-add"
          >
            <PlusIcon /> <FormattedMessage id="settings.signatories.add" defaultMessage="Add signatory" />
          </button>
        </div>
        <p className="settings-section__lead">
          <FormattedMessage
            id="settings.signatories.lead"
            defaultMessage="Copied into a letter when you pick them in its details, so later edits here never change a letter already written."
          />
        </p>
        {editing?.isNew && (
          <SignatoryForm
            initial={editing.signatory}
            isNew
            onSave={async (signatory) => {
              onProfiles(await api.call('signatories.save', { signatory }));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {profiles.signatories.length === 0 && !editing && (
          <p className="page__empty">
            <FormattedMessage
              id="settings.signatories.empty"
              defaultMessage="No signatories yet. Add the ambassador or spokesperson who signs your letters."
            />
          </p>
        )}
        <ul className="card-list">
          {profiles.signatories.map((s) =>
            editing && !editing.isNew && editing.signatory.id === s.id ? (
              <li key={s.id} className="card-row card-row--editing">
                <SignatoryForm
                  initial={s}
                  isNew={false}
                  onSave={async (signatory) => {
                    onProfiles(await api.call('signatories.save', { signatory }));
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={s.id} className="card-row" data-testid="signatory-item" data-signatory-id={s.id}>
                <div className="card-row__text">
                  <span className="card-row__title">
                    {s.nameEn ? (
                      <span translate="no">{s.nameEn}</span>
                    ) : (
                      <FormattedMessage id="settings.signatories.unnamed" defaultMessage="Unnamed" />
                    )}
                    {s.nameZh && (
                      <span className="card-row__zh" lang="zh-CN">
                        {s.nameZh}
                      </span>
                    )}
                    {s.id === profiles.defaultId && (
                      <span className="badge badge--default">
                        <FormattedMessage id="settings.signatories.default" defaultMessage="Default" />
                      </span>
                    )}
                  </span>
                  <span className="card-row__meta" translate="no">
                    {[s.titleEn, s.organisationEn].filter(Boolean).join(', ')}
                  </span>
                  {(s.titleZh || s.organisationZh) && (
                    <span className="card-row__meta" lang="zh-CN" translate="no">
                      {[s.organisationZh, s.titleZh].filter(Boolean).join(' ')}
                    </span>
                  )}
                </div>
                <div className="card-row__actions">
                  {s.id !== profiles.defaultId && (
                    <button
                      type="button"
                      className="btn btn--small"
                      onClick={() =>
                        void run(
                          () =>
                            api.call('signatories.setDefault', {
                              id: s.id,
                              revision: profiles.defaultRevision,
                            }),
                          intl.formatMessage({
                            id: 'settings.signatories.staleDefault',
                            defaultMessage:
                              'The default signatory was changed in another window since this list was shown, so it was not changed. The list now shows the latest version; Choose it again if you still want to.',
                          }),
                        )
                      }
                      data-testid="signatory-default"
                    >
                      <FormattedMessage id="settings.signatories.makeDefault" defaultMessage="Make default" />
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={
                      s.nameEn
                        ? intl.formatMessage(
                            { id: 'settings.signatories.editNamed', defaultMessage: 'Edit {name}' },
                            { name: s.nameEn },
                          )
                        : intl.formatMessage({
                            id: 'settings.signatories.editUnnamed',
                            defaultMessage: 'Edit signatory',
                          })
                    }
                    title={intl.formatMessage({ id: 'settings.signatories.edit', defaultMessage: 'Edit' })}
                    onClick={() => setEditing({ signatory: s, isNew: false })}
                    data-testid="signatory-edit"
                  >
                    <PencilIcon />
                  </button>
                  <button
                    type="button"
                    className="icon-btn icon-btn--danger"
                    aria-label={
                      s.nameEn
                        ? intl.formatMessage(
                            { id: 'settings.signatories.deleteNamed', defaultMessage: 'Delete {name}' },
                            { name: s.nameEn },
                          )
                        : intl.formatMessage({
                            id: 'settings.signatories.deleteUnnamed',
                            defaultMessage: 'Delete signatory',
                          })
                    }
                    title={intl.formatMessage({
                      id: 'settings.signatories.delete',
                      defaultMessage: 'Delete',
                    })}
                    onClick={() => setRemoving(s)}
                    data-testid="signatory-delete"
                  >
                    <TrashIcon />
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      </section>

      <PublicationsSection />

      <TermbaseSection />

      {info && (
        <section className="settings-section" aria-labelledby="about-title">
          <h2 id="about-title" className="settings-section__title">
            <FormattedMessage id="settings.about.title" defaultMessage="About" />
          </h2>
          <dl className="about">
            <dt>
              <FormattedMessage id="settings.about.version" defaultMessage="Version" />
            </dt>
            <dd>{info.version}</dd>
            <dt>
              <FormattedMessage id="settings.about.dataFolder" defaultMessage="Data folder" />
            </dt>
            <dd>
              <code translate="no">{info.dataDir}</code>
            </dd>
            <dt>
              <FormattedMessage id="settings.about.mode" defaultMessage="Mode" />
            </dt>
            <dd>
              {info.mode === 'electron' ? (
                <FormattedMessage id="settings.about.desktop" defaultMessage="Desktop app" />
              ) : (
                <FormattedMessage id="settings.about.browser" defaultMessage="Browser (local server)" />
              )}
            </dd>
          </dl>
        </section>
      )}

      {removing && (
        <ConfirmDialog
          title={intl.formatMessage({
            id: 'settings.signatories.confirmTitle',
            defaultMessage: 'Delete this signatory?',
          })}
          message={
            removing.nameEn
              ? intl.formatMessage(
                  {
                    id: 'settings.signatories.confirmNamed',
                    defaultMessage:
                      '{name} will be removed from Settings. Letters already signed keep their copy.',
                  },
                  { name: removing.nameEn },
                )
              : intl.formatMessage({
                  id: 'settings.signatories.confirmUnnamed',
                  defaultMessage:
                    'This profile will be removed from Settings. Letters already signed keep their copy.',
                })
          }
          confirmLabel={intl.formatMessage({ id: 'settings.signatories.delete', defaultMessage: 'Delete' })}
          danger
          onConfirm={() => {
            const { id, revision, nameEn } = removing;
            setRemoving(null);
            void run(
              () => api.call('signatories.remove', { id, revision }),
              nameEn
                ? intl.formatMessage(
                    {
                      id: 'settings.signatories.staleDeleteNamed',
                      defaultMessage:
                        'The signatory “{name}” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
                    },
                    { name: nameEn },
                  )
                : intl.formatMessage({
                    id: 'settings.signatories.staleDeleteUnnamed',
                    defaultMessage:
                      'The signatory “unnamed” was changed in another window since this list was shown, so it was not deleted. The list now shows the latest version; Delete it again if you still want to.',
                  }),
            );
          }}
          onCancel={() => setRemoving(null)}
        />
      )}
    </main>
  );
}
