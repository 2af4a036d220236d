import { render } from 'preact';
import { keepBackgroundAlive } from './keep-alive';
import { LibraryApp } from './LibraryApp';
import { markDocumentLanguage, t } from '../shared/i18n';

markDocumentLanguage();
document.title = t('library_title');
keepBackgroundAlive();
render(<LibraryApp />, document.getElementById('app')!);
