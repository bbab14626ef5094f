/** Article detection and extraction: DOM only, shared by the content script and the CLI. */
export { extractArticle } from './extract';
export { isLikelyArticle } from './is-article';
export { articleSpanInIndex } from './index-span';
export type { Article, ArticleBlock, ArticleTextNode } from './types';
