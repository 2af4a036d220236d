// The life of Quotelight on one page: extract → analyse (in the background) → report → paint.
import type { Analysis } from '../analysis/types';
import { extractArticle, isProbablyArticle } from '../extraction/extract-article';
import type { ExtractedArticle } from '../extraction/types';
import type { PageReport, Replies, ToPage } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';

export class PageSession {
  private article: ExtractedArticle | null = null;
  private analysis: Analysis | null = null;
  private isArticle = false;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {}

  async start(force = false): Promise<void> {
    this.isArticle = force || isProbablyArticle(this.doc);
    this.article = this.isArticle ? extractArticle(this.doc, this.url) : null;
    if (!this.article) {
      this.isArticle = false;
      await this.report();
      return;
    }
    await this.report();
    const { title, text, blocks } = this.article;
    this.analysis = await sendToBackground({ type: 'page/analyze', url: this.url, article: { title, text, blocks } });
    await this.report();
  }

  private pageReport(): PageReport {
    const a = this.article;
    return {
      url: this.url,
      meta: a?.meta ?? { title: this.doc.title, byline: null, siteName: null, published: null, lang: null, canonicalUrl: null },
      wordCount: a?.wordCount ?? 0,
      isArticle: this.isArticle,
    };
  }

  private report(): Promise<unknown> {
    return sendToBackground({ type: 'page/report', report: this.pageReport(), analysis: this.analysis });
  }

  async handle(msg: ToPage): Promise<Replies[ToPage['type']]> {
    switch (msg.type) {
      case 'page/resend-report':
        await this.report();
        return { ok: true };
      case 'page/analyze-anyway':
        await this.start(true);
        return { ok: this.article !== null };
      case 'page/reveal':
      case 'page/highlight-selection':
        return { ok: false };
    }
  }
}
