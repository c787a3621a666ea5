// Must stay the first import: it starts the start-up requests (see app/boot.ts).
import { api, boot } from './startRequests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiProvider } from './app/ApiContext';
import { FollowLanguageSetting } from './i18n/FollowLanguageSetting';
import { LanguageProvider, type LoadedLanguage } from './i18n/LanguageProvider';
import { SettingsProvider } from './settings/SettingsContext';
import { NotificationsProvider } from './ui/Notifications';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/library.css';
import './styles/letter.css';
import './styles/editor.css';
import './styles/pages.css';
import './styles/preflight.css';
import './styles/review.css';
import './styles/templates.css';
import './styles/history.css';
import './styles/comments.css';
import './styles/compare.css';
import './styles/import.css';
import './styles/log.css';
import './styles/archive.css';
import './styles/terms.css';

const root = document.getElementById('root');
if (!root) throw new Error('LetterDesk: index.html has no #root element.');

// The first render waits for the interface's catalog, which is on its way with the settings that name it.
void boot.language.then((language: LoadedLanguage) =>
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <LanguageProvider initial={language}>
          <NotificationsProvider>
            <SettingsProvider initial={boot.settings}>
              <FollowLanguageSetting />
              <App boot={boot} />
            </SettingsProvider>
          </NotificationsProvider>
        </LanguageProvider>
      </ApiProvider>
    </StrictMode>,
  ),
);
