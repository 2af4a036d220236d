import { ConfirmButton } from '../ui/ConfirmButton';

/** "Forget" for one article, asked once more before the article and everything on it goes. */
export function ForgetButton({ title, onConfirm }: { title: string; onConfirm: () => void | Promise<void> }) {
  return (
    <ConfirmButton
      label="Forget"
      class="forget"
      ariaLabel={`Forget “${title}”`}
      question="Forget this article with all its quotes, highlights and notes?"
      confirmLabel="Forget it"
      onConfirm={onConfirm}
    />
  );
}
