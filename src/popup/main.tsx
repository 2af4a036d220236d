import { render } from 'preact';
import { App } from './App';
import { currentTabId } from './current-tab';
import { markDocumentLanguage } from '../shared/i18n';

// Text from pages is only ever rendered as Preact text children (escaped), never as HTML.
markDocumentLanguage();
void currentTabId().then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
