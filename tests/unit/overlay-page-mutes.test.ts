import { describe, expect, test } from 'vitest';
import {
  isPageMuted, MAX_PAGE_MUTES, pageMuteKey, parsePageMutes, withoutPageMute, withPageMute,
} from '../../onpage/overlay/page-mutes';

describe('page mutes', () => {
  test('a page is its origin and path: query and fragment do not matter, www. does not either', () => {
    expect(pageMuteKey('https://www.Example.cn/t/123?utm=1#c5')).toBe('https://example.cn/t/123');
    expect(pageMuteKey('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1:8080/a');
    expect(pageMuteKey('chrome-extension://abc/popup.html')).toBeNull();
    expect(pageMuteKey('not a url')).toBeNull();
    expect(pageMuteKey(`https://e.cn/${'x'.repeat(600)}`)).toBeNull();
  });
  test('muting one page leaves the rest of the site alone; undo removes exactly it', () => {
    let l = withPageMute([], 'https://bbs.example.cn/t/1?x=2', 1);
    expect(isPageMuted(l, 'https://bbs.example.cn/t/1#top')).toBe(true);
    expect(isPageMuted(l, 'https://bbs.example.cn/t/2')).toBe(false);
    l = withPageMute(l, 'https://bbs.example.cn/t/2', 2);
    l = withoutPageMute(l, 'https://bbs.example.cn/t/1');
    expect(l.map((m) => m.page)).toEqual(['https://bbs.example.cn/t/2']);
  });
  test('bounded, oldest first out; re-muting moves a page to the end', () => {
    let l = withPageMute([], 'https://e.cn/0', 0);
    for (let i = 1; i <= MAX_PAGE_MUTES; i++) l = withPageMute(l, `https://e.cn/${i}`, i);
    expect(l).toHaveLength(MAX_PAGE_MUTES);
    expect(isPageMuted(l, 'https://e.cn/0')).toBe(false);
    l = withPageMute(l, 'https://e.cn/1', 9999);
    expect(l.at(-1)).toEqual({ page: 'https://e.cn/1', since: 9999 });
  });
  test('a corrupt stored list keeps its valid entries', () => {
    expect(
      parsePageMutes([
        { page: 'https://e.cn/a', since: 5 },
        { page: 'https://e.cn/a', since: 6 },
        { page: 'javascript:alert(1)', since: 1 },
        { page: 'https://e.cn/b?q=1', since: 1 },
        { page: 'https://e.cn/c', since: 1e400 },
        'x',
        null,
      ]),
    ).toEqual([{ page: 'https://e.cn/a', since: 5 }, { page: 'https://e.cn/c', since: 0 }]);
    expect(parsePageMutes({})).toEqual([]);
  });
});
