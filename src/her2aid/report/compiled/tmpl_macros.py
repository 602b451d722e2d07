# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/_macros.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "db00291615d871d39f7b7f4335bdca31cc57b21ce9e15d5cb576b30ded84ae29"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_sentences = l_0_box = l_0_grid_open = l_0_shade = l_0_versions = l_0_references = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.tests['odd']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'odd' found.")
    pass
    def macro(l_1_items):
        t_4 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        pass
        l_2_loop = missing
        for l_2_s, l_2_loop in LoopContext(l_1_items, undefined):
            l_2_cite = resolve('cite')
            _loop_vars = {}
            pass
            t_4.extend((
                escape(environment.getattr(l_2_s, 'text')),
                escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_s, 'source'), _loop_vars=_loop_vars)),
            ))
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_4.append(
                    ' ',
                )
        l_2_loop = l_2_s = l_2_cite = missing
        return concat(t_4)
    context.exported_vars.add('sentences')
    context.vars['sentences'] = l_0_sentences = Macro(environment, macro, 'sentences', ('items',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_kind, l_1_caller):
        t_5 = []
        l_1_theme = resolve('theme')
        if l_1_kind is missing:
            l_1_kind = 'info'
        pass
        t_5.extend((
            '<table width="100%" cellspacing="0" cellpadding="8" border="0" bgcolor="',
            escape((environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'warn') if (l_1_kind == 'warn') else environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'box'))),
            '"><tr><td>\n',
            escape(context.call(l_1_caller)),
            '\n</td></tr></table>',
        ))
        return concat(t_5)
    context.exported_vars.add('box')
    context.vars['box'] = l_0_box = Macro(environment, macro, 'box', ('kind',), False, False, True, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_widths):
        t_6 = []
        l_1_theme = resolve('theme')
        if l_1_widths is missing:
            l_1_widths = ()
        pass
        if environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'grid_borders'):
            pass
            t_6.extend((
                '<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; border-color: ',
                escape(environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'rule')),
                ';">\n',
            ))
        else:
            pass
            t_6.append(
                '<table width="100%" cellspacing="0" cellpadding="4" border="0">\n',
            )
        return concat(t_6)
    context.exported_vars.add('grid_open')
    context.vars['grid_open'] = l_0_grid_open = Macro(environment, macro, 'grid_open', ('widths',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_index):
        t_7 = []
        l_1_theme = resolve('theme')
        if l_1_index is missing:
            l_1_index = undefined("parameter 'index' was not provided", name='index')
        pass
        if ((not environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'grid_borders')) and t_3(l_1_index)):
            pass
            t_7.extend((
                ' bgcolor="',
                escape(environment.getattr((undefined(name='theme') if l_1_theme is missing else l_1_theme), 'box')),
                '"',
            ))
        return concat(t_7)
    context.exported_vars.add('shade')
    context.vars['shade'] = l_0_shade = Macro(environment, macro, 'shade', ('index',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_8 = []
        l_1_meta = resolve('meta')
        l_1__ = resolve('_')
        l_1_ruleset = resolve('ruleset')
        l_1_about = resolve('about')
        pass
        t_8.extend((
            'her2aid ',
            escape(environment.getattr((undefined(name='meta') if l_1_meta is missing else l_1_meta), 'app_version')),
            ' · ',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'ruleset')),
            ' ',
            escape(environment.getattr((undefined(name='ruleset') if l_1_ruleset is missing else l_1_ruleset), 'version')),
            ' (',
            escape(environment.getattr((undefined(name='ruleset') if l_1_ruleset is missing else l_1_ruleset), 'date')),
            ') · ',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'content')),
            ' ',
            escape(environment.getattr((undefined(name='about') if l_1_about is missing else l_1_about), 'content_version')),
            ' (',
            escape(environment.getattr((undefined(name='about') if l_1_about is missing else l_1_about), 'content_date')),
            ')',
        ))
        return concat(t_8)
    context.exported_vars.add('versions')
    context.vars['versions'] = l_0_versions = Macro(environment, macro, 'versions', (), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_title):
        t_9 = []
        l_1_for_print = resolve('for_print')
        l_1_cite = resolve('cite')
        l_1_expand_references = resolve('expand_references')
        l_1__ = resolve('_')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_9.extend((
            '<h2>',
            escape(l_1_title),
            '</h2>\n',
        ))
        if (undefined(name='for_print') if l_1_for_print is missing else l_1_for_print):
            pass
            for (l_2_n, l_2_ref) in context.call(environment.getattr((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'entries')):
                _loop_vars = {}
                pass
                t_9.extend((
                    '<p class="small" style="margin-left: 26px; text-indent: -26px; margin-top: 0px; margin-bottom: 4px;"><a name="ref-',
                    escape(l_2_n),
                    '"></a>[',
                    escape(l_2_n),
                    '] ',
                    escape(environment.getattr(l_2_ref, 'citation')),
                ))
                if environment.getattr(l_2_ref, 'url'):
                    pass
                    t_9.extend((
                        ' <span class="muted">',
                        escape(environment.getattr(l_2_ref, 'url')),
                        '</span>',
                    ))
                t_9.append(
                    '</p>\n',
                )
            l_2_n = l_2_ref = missing
        elif (undefined(name='expand_references') if l_1_expand_references is missing else l_1_expand_references):
            pass
            for (l_2_n, l_2_ref) in context.call(environment.getattr((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'entries')):
                _loop_vars = {}
                pass
                t_9.extend((
                    '<p class="small"><a name="ref-',
                    escape(l_2_n),
                    '"></a>[',
                    escape(l_2_n),
                    '] ',
                    escape(environment.getattr(l_2_ref, 'citation')),
                ))
                if environment.getattr(l_2_ref, 'url'):
                    pass
                    t_9.extend((
                        ' <span class="muted">',
                        escape(environment.getattr(l_2_ref, 'url')),
                        '</span>',
                    ))
                t_9.append(
                    '</p>\n',
                )
            l_2_n = l_2_ref = missing
            t_9.extend((
                '<p class="meta small"><a href="her2aid:references">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Hide the references')),
                '</a></p>\n',
            ))
        else:
            pass
            t_9.extend((
                '<p class="meta"><a href="her2aid:references">',
                escape(t_1(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Show the %(n)s references'), n=t_2(context.call(environment.getattr((undefined(name='cite') if l_1_cite is missing else l_1_cite), 'entries'))))),
                '</a> ',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '(each citation number also shows its source when you point at it, and opens the list when you click it)')),
                '</p>\n',
            ))
        return concat(t_9)
    context.exported_vars.add('references')
    context.vars['references'] = l_0_references = Macro(environment, macro, 'references', ('title',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '3=30&4=36&7=54&8=62&9=64&13=71&14=77&15=81&22=92&23=98&26=109&27=118&33=136&34=147&35=150&39=152&40=157&42=174&43=176&44=181&46=200&48=207'
