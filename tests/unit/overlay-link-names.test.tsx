// @vitest-environment happy-dom
/** Links to official pages are named for where they go, not six times "官方页面" (issue 15). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { linkName, SourceList } from '../../components/SourceList';

describe('official-page links', () => {
  it('name the page they open, the visible text first', () => {
    expect(linkName('官方页面', '征信中心异议处理')).toBe('官方页面：征信中心异议处理');
    expect(linkName('official page', 'PBOC credit dispute')).toBe('official page: PBOC credit dispute');
  });
  it('every link in a list gets its own name', () => {
    const el = document.createElement('div');
    render(
      <SourceList
        label="依据"
        openLabel="官方页面"
        sources={[
          { title: '征信中心异议处理', url: 'https://example.invalid/a' },
          { title: '互联网金融举报', url: 'https://example.invalid/b' },
        ] as never}
      />,
      el,
    );
    const names = [...el.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'));
    expect(names).toEqual(['官方页面：征信中心异议处理', '官方页面：互联网金融举报']);
    expect(new Set(names).size).toBe(names.length);
  });
});
