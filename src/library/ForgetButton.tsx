import { ConfirmButton } from '../ui/ConfirmButton';
import { t } from '../shared/i18n';

/** "Forget" for one article, asked once more before the article and everything on it goes. */
export function ForgetButton({ title, onConfirm }: { title: string; onConfirm: () => void | Promise<void> }) {
  return (
    <ConfirmButton
      label={t('library_forget')}
      class="forget"
      ariaLabel={t('library_forgetTitle', t('quoted', title))}
      question={t('library_forgetQuestion')}
      confirmLabel={t('library_forgetIt')}
      onConfirm={onConfirm}
    />
  );
}
