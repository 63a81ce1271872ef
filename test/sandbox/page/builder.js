/* The sandbox builder page: a single-page app imitating Base44's editor (base44-facts.md, "The builder
   page"). Plain DOM, no framework; every route change rebuilds the chat column, so the composer is a
   NEW element each time, as when React remounts it. Config comes from window.__SANDBOX__. */
/* global window, document, history, location, fetch, crypto, URLSearchParams */
(function () {
  'use strict';
  var cfg = window.__SANDBOX__;
  // Chosen once per page load: ?composer=contenteditable, else the server's setting.
  var composerKind =
    new URLSearchParams(location.search).get('composer') === 'contenteditable' ||
    (cfg.composer === 'contenteditable' &&
      new URLSearchParams(location.search).get('composer') !== 'textarea')
      ? 'contenteditable'
      : 'textarea';
  var discuss = false;
  var workspaceId = null;
  var PLACEHOLDER_BUILD = 'What would you like to change?';
  var PLACEHOLDER_DISCUSS = 'What would you like to discuss?';
  var PLACEHOLDER_HOME = 'Describe the app you want to create...';

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === 'text') node.textContent = v;
      else if (k === 'on')
        Object.keys(v).forEach(function (ev) {
          node.addEventListener(ev, v[ev]);
        });
      else node.setAttribute(k, v === true ? '' : String(v));
    });
    (children || []).forEach(function (c) {
      if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function api(method, path, body) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + cfg.token } };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (text) {
        var json;
        try {
          json = JSON.parse(text);
        } catch {
          json = null; // malformed JSON or an HTML error page
        }
        return { ok: res.ok, status: res.status, json: json };
      });
    });
  }

  function fmt(n) {
    return (Math.round(n * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
  }

  // ---- route parsing --------------------------------------------------------------------------
  function route() {
    var m = location.pathname.match(/^\/apps\/([0-9a-f]{24})\/editor(\/.*)?$/);
    if (m) return { kind: 'editor', appId: m[1], sub: m[2] || '/preview' };
    return { kind: 'home' };
  }

  function appName(id) {
    var found = cfg.apps.filter(function (a) {
      return a.id === id;
    })[0];
    return found ? found.name : 'Untitled App';
  }

  function navigate(path) {
    history.pushState({}, '', path);
    render();
  }

  document.addEventListener('click', function (e) {
    var a = e.target instanceof window.Element ? e.target.closest('a[data-link]') : null;
    if (!a) return;
    e.preventDefault();
    navigate(a.getAttribute('href'));
  });
  window.addEventListener('popstate', render);

  // ---- header with the logo menu ------------------------------------------------------------
  var creditsLine = el('div', {
    class: 'text-sm font-medium',
    'data-testid': 'credits-left',
    text: '… credits left',
  });
  var dailyLine = el('div', { class: 'text-xs text-slate-500 hidden' });
  var menu = el(
    'div',
    {
      role: 'menu',
      id: 'radix-:r3:',
      'data-state': 'closed',
      hidden: true,
      class: 'absolute left-3 top-12 z-50 rounded-xl border border-slate-200 bg-white p-3 shadow-lg',
    },
    [
      el('div', { class: 'text-xs text-slate-500', text: 'Sam Sandbox' }),
      creditsLine,
      dailyLine,
      el('a', { href: '/', 'data-link': true, class: 'mt-2 block text-xs underline', text: 'All apps' }),
    ],
  );
  var logo = el(
    'button',
    {
      type: 'button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'data-state': 'closed',
      class:
        'inline-flex h-8 w-8 items-center justify-center rounded-lg bg-orange-500 text-white font-semibold',
      on: {
        click: function () {
          var open = menu.hidden;
          menu.hidden = !open;
          menu.setAttribute('data-state', open ? 'open' : 'closed');
          logo.setAttribute('aria-expanded', String(open));
          logo.setAttribute('data-state', open ? 'open' : 'closed');
        },
      },
    },
    ['B'],
  );
  var nav = el(
    'nav',
    { class: 'flex items-center gap-3 text-sm' },
    [
      el('a', {
        href: '/',
        'data-link': true,
        class: 'px-2 py-1 rounded-md hover:bg-slate-100',
        text: 'Home',
      }),
    ].concat(
      cfg.apps.map(function (a) {
        return el('a', {
          href: '/apps/' + a.id + '/editor/preview',
          'data-link': true,
          class: 'px-2 py-1 rounded-md hover:bg-slate-100',
          text: a.name,
        });
      }),
    ),
  );
  var header = el(
    'header',
    { class: 'relative flex h-12 items-center gap-4 border-b border-slate-200 px-3' },
    [logo, menu, nav],
  );
  var main = el('main', { id: 'app-main' });
  var root = document.getElementById('root');
  root.appendChild(header);
  root.appendChild(main);

  function refreshCredits() {
    if (!workspaceId) {
      creditsLine.textContent = 'Credits unavailable';
      return Promise.resolve();
    }
    return api('GET', '/api/workspace/' + workspaceId + '/credit-balance').then(function (r) {
      var pool = r.ok && r.json ? readPool(r.json.credits) : null;
      if (!pool) {
        creditsLine.textContent = 'Credits unavailable';
        return;
      }
      creditsLine.textContent = fmt(pool.remaining) + ' credits left';
      if (pool.dailyLimit !== null && pool.dailyLimit !== undefined) {
        dailyLine.classList.remove('hidden');
        dailyLine.textContent =
          fmt(Math.max(0, pool.dailyLimit - pool.dailyUsed)) +
          ' of ' +
          fmt(pool.dailyLimit) +
          ' daily credits left';
      } else dailyLine.classList.add('hidden');
    });
  }

  // The page reads its own endpoint in whichever spelling the sandbox serves.
  function readPool(c) {
    if (!c) return null;
    var m = c.messages || c.message || c.message_credits || c.messageCredits;
    if (!m) return null;
    var remaining = m.remaining !== undefined ? m.remaining : m.available;
    var dailyLimit = c.daily_message_limit !== undefined ? c.daily_message_limit : c.dailyMessageLimit;
    var dailyUsed =
      c.daily_messages_used !== undefined
        ? c.daily_messages_used
        : c.daily_message_used !== undefined
          ? c.daily_message_used
          : c.dailyMessagesUsed;
    return { remaining: remaining, dailyLimit: dailyLimit, dailyUsed: dailyUsed || 0 };
  }

  // ---- composer --------------------------------------------------------------------------------
  function buildComposer(opts) {
    var input;
    var placeholder = opts.home ? PLACEHOLDER_HOME : discuss ? PLACEHOLDER_DISCUSS : PLACEHOLDER_BUILD;
    if (composerKind === 'contenteditable') {
      input = el('div', {
        contenteditable: 'true',
        role: 'textbox',
        'aria-multiline': 'true',
        translate: 'no',
        'data-placeholder': placeholder,
        'aria-placeholder': placeholder,
        'data-empty': 'true',
        class:
          'ProseMirror min-h-[96px] w-full pl-4 pr-12 pt-3 pb-12 text-sm outline-none whitespace-pre-wrap',
      });
    } else {
      input = el('textarea', {
        rows: '4',
        placeholder: placeholder,
        class: 'w-full resize-none bg-transparent pl-4 pr-12 pt-3 pb-12 text-sm outline-none',
      });
    }
    function getText() {
      return composerKind === 'contenteditable' ? input.innerText.replace(/\n$/, '') : input.value;
    }
    function clear() {
      if (composerKind === 'contenteditable') input.innerHTML = '';
      else input.value = '';
      sync();
    }
    var send = el(
      'button',
      {
        type: 'submit',
        'aria-label': 'Send message',
        title: 'Send message',
        disabled: true,
        class:
          'absolute right-2 top-2 inline-flex h-8 w-8 items-center justify-center rounded-full text-white disabled:opacity-40 ' +
          (discuss ? 'bg-violet-600' : 'bg-slate-900'),
      },
      ['\u2191'],
    );
    function sync() {
      var empty = getText().trim() === '';
      send.disabled = empty;
      if (composerKind === 'contenteditable')
        input.setAttribute('data-empty', empty && input.textContent === '' ? 'true' : 'false');
    }
    input.addEventListener('input', sync);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        submit();
      }
    });
    function submit() {
      var text = getText().trim();
      if (!text) return;
      clear();
      opts.onSend(text);
    }
    var row = el('div', { class: 'absolute bottom-2 left-2 right-2 flex min-w-0 items-center gap-1' }, [
      el(
        'button',
        {
          type: 'button',
          'aria-label': 'Settings',
          class:
            'inline-flex h-7 w-8 shrink-0 items-center justify-center rounded-md hover:bg-slate-100 text-slate-500',
        },
        ['\u2699'],
      ),
      el(
        'button',
        {
          type: 'button',
          'aria-label': 'Add files',
          class:
            'inline-flex h-7 w-8 shrink-0 items-center justify-center rounded-md hover:bg-slate-100 text-slate-500',
        },
        ['+'],
      ),
    ]);
    if (!opts.home) {
      row.appendChild(
        el(
          'button',
          {
            type: 'button',
            class:
              'inline-flex h-7 shrink-0 items-center gap-1 whitespace-nowrap rounded-md px-2 text-xs text-slate-700 hover:bg-slate-100',
          },
          ['Visual Edit'],
        ),
      );
      var toggle = el(
        'button',
        {
          type: 'button',
          'data-state': discuss ? 'on' : 'off',
          'aria-pressed': String(discuss),
          class: discussClasses(discuss),
          on: {
            click: function () {
              discuss = !discuss;
              toggle.setAttribute('data-state', discuss ? 'on' : 'off');
              toggle.setAttribute('aria-pressed', String(discuss));
              toggle.className = discussClasses(discuss);
              var ph = discuss ? PLACEHOLDER_DISCUSS : PLACEHOLDER_BUILD;
              if (composerKind === 'contenteditable') {
                input.setAttribute('data-placeholder', ph);
                input.setAttribute('aria-placeholder', ph);
              } else input.setAttribute('placeholder', ph);
              send.className = send.className.replace(
                /bg-(violet-600|slate-900)/,
                discuss ? 'bg-violet-600' : 'bg-slate-900',
              );
            },
          },
        },
        ['Discuss'],
      );
      row.appendChild(toggle);
    }
    var form = el(
      'form',
      {
        class: 'relative rounded-2xl border border-slate-200 bg-white shadow-sm',
        on: {
          submit: function (e) {
            e.preventDefault();
            submit();
          },
        },
      },
      [input, send, row],
    );
    return form;
  }

  function discussClasses(on) {
    return (
      'inline-flex h-7 shrink-0 items-center rounded-md border px-2 text-xs ' +
      (on
        ? 'bg-violet-100 text-violet-700 border-violet-300'
        : 'border-slate-200 text-slate-700 hover:bg-slate-100')
    );
  }

  // ---- messages --------------------------------------------------------------------------------
  function userMessage(m) {
    return el('div', { id: 'message-' + m.id, class: 'group flex w-full flex-col' }, [
      el('div', { class: 'flex w-full justify-end' }, [
        el('div', {
          class: 'max-w-[85%] whitespace-pre-wrap rounded-2xl bg-slate-100 px-3 py-2 text-sm',
          text: m.content,
        }),
      ]),
    ]);
  }

  function aiMessage(m) {
    var thought = el('div', {
      class: 'hidden text-xs text-slate-500',
      text: 'Considering which components this touches.',
    });
    var toggle = el(
      'button',
      {
        type: 'button',
        'aria-expanded': 'false',
        'data-state': 'closed',
        class: 'inline-flex items-center gap-1 text-xs text-slate-500',
        on: {
          click: function () {
            var open = thought.classList.toggle('hidden') === false;
            toggle.setAttribute('aria-expanded', String(open));
            toggle.setAttribute('data-state', open ? 'open' : 'closed');
          },
        },
      },
      ['Thought for ' + (m.thought_seconds || 3) + 's'],
    );
    var usage = el(
      'div',
      {
        role: 'menu',
        hidden: true,
        'data-state': 'closed',
        class: 'rounded-md border border-slate-200 bg-white px-3 py-2 text-xs shadow-sm',
      },
      [
        typeof m.credits_used === 'number'
          ? 'Credits Used: ' + fmt(m.credits_used)
          : 'Credits Used: unavailable',
      ],
    );
    var more = el(
      'button',
      {
        type: 'button',
        'aria-label': 'More Actions',
        title: 'More Actions',
        class: 'inline-flex h-7 w-8 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100',
        on: {
          click: function () {
            usage.hidden = !usage.hidden;
            usage.setAttribute('data-state', usage.hidden ? 'closed' : 'open');
          },
        },
      },
      ['\u22ef'],
    );
    var steps = (m.steps || []).map(function (s) {
      return el('li', { class: 'flex items-center gap-2 text-xs text-slate-500' }, [
        el('span', { text: '\u2713' }),
        s,
      ]);
    });
    return el('div', { id: 'message-' + m.id, class: 'group flex w-full flex-col gap-1.5 text-sm' }, [
      toggle,
      thought,
      steps.length
        ? el('ul', { class: 'space-y-1', style: 'list-style:none;padding:0;margin:0' }, steps)
        : null,
      el('div', { class: 'whitespace-pre-wrap', text: m.content }),
      el('div', { class: 'flex items-center gap-1' }, [more]),
      usage,
    ]);
  }

  function errorLine(text) {
    return el('div', {
      role: 'alert',
      class: 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700',
      text: text,
    });
  }

  // ---- routes -----------------------------------------------------------------------------------
  function renderEditor(r) {
    var list = el('div', { class: 'flex-1 overflow-y-auto p-3 space-y-3', 'data-chat-list': '' });
    function scroll() {
      list.scrollTop = list.scrollHeight;
    }
    function sendPrompt(text) {
      var mode = discuss ? 'discuss' : 'build';
      list.appendChild(userMessage({ id: crypto.randomUUID(), content: text }));
      var pending = el('div', { class: 'animate-pulse text-xs text-slate-500', text: 'Thinking\u2026' });
      list.appendChild(pending);
      scroll();
      api('POST', '/api/apps/' + r.appId + '/chat/message', {
        content: text,
        role: 'user',
        file_urls: [],
        custom_context: null,
        additional_message_params: { mode: mode },
      }).then(
        function (res) {
          pending.remove();
          if (res.ok && res.json) list.appendChild(aiMessage(res.json));
          else
            list.appendChild(
              errorLine(
                (res.json && res.json.message) ||
                  'Something went wrong (HTTP ' + res.status + '). Please try again.',
              ),
            );
          scroll();
          return refreshCredits();
        },
        function () {
          pending.remove();
          list.appendChild(errorLine('Network error. Please try again.'));
        },
      );
    }
    var composer = buildComposer({ onSend: sendPrompt });
    var chat = el('aside', { class: 'flex w-[350px] shrink-0 flex-col border-r border-slate-200 bg-white' }, [
      el('div', {
        class: 'border-b border-slate-200 px-3 py-2 text-sm font-semibold',
        text: appName(r.appId),
      }),
      list,
      el('div', { class: 'p-3' }, [composer]),
    ]);
    var tabs = [
      ['preview', 'Preview'],
      ['workspace/overview', 'Dashboard'],
      ['workspace/code', 'Code'],
      ['data', 'Data'],
    ];
    var tabBar = el(
      'div',
      { class: 'flex items-center gap-1 border-b border-slate-200 px-3 py-2' },
      tabs.map(function (t) {
        var href = '/apps/' + r.appId + '/editor/' + t[0];
        var active = r.sub.indexOf('/' + t[0]) === 0;
        return el('a', {
          href: href,
          'data-link': true,
          'data-state': active ? 'active' : 'inactive',
          class:
            'px-2 py-1 rounded-md text-xs ' +
            (active ? 'bg-slate-100 font-medium' : 'text-slate-500 hover:bg-slate-100'),
          text: t[1],
        });
      }),
    );
    var pane = el(
      'section',
      { class: 'flex flex-1 flex-col bg-slate-50', 'data-pane': r.sub.replace(/^\//, '') },
      [
        tabBar,
        el('div', { class: 'preview-frame flex-1 p-6' }, [
          el(
            'div',
            { class: 'mx-auto max-w-2xl rounded-xl border border-slate-200 bg-white p-6 shadow-sm' },
            [
              el('div', { class: 'text-lg font-semibold', text: appName(r.appId) }),
              el('div', {
                class: 'text-sm text-slate-500',
                text: 'Live preview \u2014 ' + r.sub.replace(/^\//, ''),
              }),
            ],
          ),
        ]),
      ],
    );
    main.replaceChildren(el('div', { class: 'flex h-[calc(100vh-48px)]' }, [chat, pane]));
    // History for this app, from the server.
    api('GET', '/api/apps/' + r.appId + '/chat/messages').then(function (res) {
      if (!res.ok || !res.json) return;
      // Earlier messages go above anything sent while the history was loading.
      var frag = document.createDocumentFragment();
      res.json.messages.forEach(function (m) {
        frag.appendChild(m.role === 'user' ? userMessage(m) : aiMessage(m));
      });
      list.insertBefore(frag, list.firstChild);
      scroll();
    });
    return { sendPrompt: sendPrompt };
  }

  function renderHome() {
    var composer = buildComposer({
      home: true,
      onSend: function (text) {
        api('POST', '/api/apps', { name: text.slice(0, 40) }).then(function (res) {
          if (!res.ok || !res.json) return;
          cfg.apps.push({ id: res.json.id, name: res.json.name });
          history.pushState({}, '', '/apps/' + res.json.id + '/editor/preview');
          render().sendPrompt(text);
        });
      },
    });
    main.replaceChildren(
      el('div', { class: 'mx-auto max-w-2xl pt-16 px-4' }, [
        el('h1', { class: 'text-2xl font-semibold text-center mb-4', text: 'What would you build today?' }),
        composer,
        el(
          'div',
          { class: 'mt-2 flex flex-wrap gap-2 text-xs' },
          cfg.apps.map(function (a) {
            return el('a', {
              href: '/apps/' + a.id + '/editor/preview',
              'data-link': true,
              class: 'rounded-full border border-slate-200 px-3 py-1 hover:bg-slate-100',
              text: a.name,
            });
          }),
        ),
      ]),
    );
    return null;
  }

  function render() {
    var r = route();
    document.title = r.kind === 'editor' ? appName(r.appId) + ' | Base44' : 'Base44';
    return r.kind === 'editor' ? renderEditor(r) : renderHome();
  }

  // ---- start ---------------------------------------------------------------------------------------
  render();
  api('GET', '/api/auth/me');
  api('GET', '/api/workspace/workspaces').then(function (r) {
    var ws = r.ok && r.json && r.json.workspaces && r.json.workspaces[0];
    workspaceId = ws ? ws.id : null;
    return refreshCredits();
  });
})();
