# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/_macros.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "d5ee7accd7af717c529f19621318517e22bedf14f1bf403d348f18590b9396e4"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sentences = l_0_box = l_0_grid_open = l_0_versions = l_0_references = missing
    pass
    def macro(l_1_items):
        t_1 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(l_1_items, undefined):
            l_2_cite = resolve('cite')
            _loop_vars = {}
            pass
            t_1.extend((
                escape(environment.getattr(l_2_s, 'text')),
                escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_s, 'source'), _loop_vars=_loop_vars)),
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_1.append(
                    ' ',
                )
        l_2_loop = l_2_s = l_2_cite = missing
        return concat(t_1)
    context.exported_vars.add('sentences')
    context.vars['sentences'] = l_0_sentences = Macro(environment, macro, 'sentences', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_kind, l_1_caller):
        t_2 = []
        l_1_theme = resolve('theme')
        if l_1_kind is missing:
            l_1_kind = 'info'
        pass
        t_2.extend((
            '<table width="100%" cellspacing="0" cellpadding="8" border="0" bgcolor="',
            escape((environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'warn') if (l_1_kind == 'warn') else environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'box'))),
            '"><tr><td>\n',
            escape(context.call(l_1_caller)),
            '\n</td></tr></table>',
        ))
        return concat(t_2)
    context.exported_vars.add('box')
    context.vars['box'] = l_0_box = Macro(environment, macro, 'box', ('kind',), False, False, True, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_widths):
        t_3 = []
        l_1_theme = resolve('theme')
        if l_1_widths is missing:
            l_1_widths = ()
        pass
        t_3.extend((
            '<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; border-color: ',
            escape(environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'rule')),
            ';">',
        ))
        return concat(t_3)
    context.exported_vars.add('grid_open')
    context.vars['grid_open'] = l_0_grid_open = Macro(environment, macro, 'grid_open', ('widths',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_4 = []
        l_1_meta = resolve('meta')
        l_1_ruleset = resolve('ruleset')
        l_1_about = resolve('about')
        pass
        t_4.extend((
            'her2aid ',
            escape(environment.getattr((undefined(name='meta') if l_1_meta is missing else l_1_meta), 'app_version')),
            ' &middot; ruleset ',
            escape(environment.getattr((undefined(name='ruleset') if l_1_ruleset is missing else l_1_ruleset), 'version')),
            ' (',
            escape(environment.getattr((undefined(name='ruleset') if l_1_ruleset is missing else l_1_ruleset), 'date')),
            ') &middot; content ',
            escape(environment.getattr((undefined(name='about') if l_1_about is missing else l_1_about), 'content_version')),
            ' (',
            escape(environment.getattr((undefined(name='about') if l_1_about is missing else l_1_about), 'content_date')),
            ')',
        ))
        return concat(t_4)
    context.exported_vars.add('versions')
    context.vars['versions'] = l_0_versions = Macro(environment, macro, 'versions', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_title):
        t_5 = []
        l_1_cite = resolve('cite')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_5.extend((
            '<h2>',
            escape(l_1_title),
            '</h2>\n<table width="100%" cellspacing="0" cellpadding="2" border="0">\n',
        ))
        for (l_2_n, l_2_ref) in context.call(environment.getattr((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'entries')):
            _loop_vars = {}
            pass
            t_5.extend((
                '<tr><td width="40" valign="top"><a name="ref-',
                escape(l_2_n),
                '"></a>[',
                escape(l_2_n),
                ']</td><td class="small">',
                escape(environment.getattr(l_2_ref, 'citation')),
            ))
            if environment.getattr(l_2_ref, 'url'):
                pass
                t_5.extend((
                    ' <span class="muted">',
                    escape(environment.getattr(l_2_ref, 'url')),
                    '</span>',
                ))
            t_5.append(
                '</td></tr>\n',
            )
        l_2_n = l_2_ref = missing
        t_5.append(
            '</table>',
        )
        return concat(t_5)
    context.exported_vars.add('references')
    context.vars['references'] = l_0_references = Macro(environment, macro, 'references', ('title',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=12&4=18&7=36&8=44&9=46&13=53&14=61&17=68&18=76&21=91&22=99&24=102&25=107'
