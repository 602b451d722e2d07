# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/_prognosis.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "ca95755696d604ecf609ffdb72e2f5975d5cb04490c5b1500123401a4c464c55"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_prognosis.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_early = resolve('early')
    l_0_prognosis = resolve('prognosis')
    l_0_prognosis_problem = resolve('prognosis_problem')
    l_0_audience = resolve('audience')
    l_0__ = resolve('_')
    l_0_prognosis_intro = resolve('prognosis_intro')
    l_0_cite = resolve('cite')
    l_0_prognosis_unavailable = resolve('prognosis_unavailable')
    l_0_sentences = l_0_grid_open = l_0_box = missing
    try:
        t_1 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', '_prognosis.html.j2').make_module(context.get_all(), True, {'box': l_0_box, 'grid_open': l_0_grid_open, 'sentences': l_0_sentences})
    l_0_sentences = getattr(included_template, 'sentences', missing)
    if l_0_sentences is missing:
        l_0_sentences = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_prognosis.html.j2') does not export the requested name 'sentences'", name='sentences')
    l_0_grid_open = getattr(included_template, 'grid_open', missing)
    if l_0_grid_open is missing:
        l_0_grid_open = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_prognosis.html.j2') does not export the requested name 'grid_open'", name='grid_open')
    l_0_box = getattr(included_template, 'box', missing)
    if l_0_box is missing:
        l_0_box = undefined(f"the template {included_template.__name__!r} (imported on line 4 in '_prognosis.html.j2') does not export the requested name 'box'", name='box')
    context.vars.update({'sentences': l_0_sentences, 'grid_open': l_0_grid_open, 'box': l_0_box})
    context.exported_vars.difference_update(('sentences', 'grid_open', 'box'))
    if ((undefined(name='early') if l_0_early is missing else l_0_early) and (((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis) or (undefined(name='prognosis_problem') if l_0_prognosis_problem is missing else l_0_prognosis_problem)) or ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'clinician'))):
        pass
        if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient'):
            pass
            yield '<h2>'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How treatment may change the outlook'))
            yield '</h2>\n'
        else:
            pass
            yield '<h2>Prognosis (PREDICT)</h2>\n'
        if (undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis):
            pass
            if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient'):
                pass
                yield '<p>'
                yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), (undefined(name='prognosis_intro') if l_0_prognosis_intro is missing else l_0_prognosis_intro)))
                yield '</p>\n'
            else:
                pass
                yield '<p>'
                yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'about')))
                yield '</p>\n<p class="small">Inputs: '
                yield escape(environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'inputs_text'))
                yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), 'predict-2014', 'Ki-67 > 10 %'))
                yield '</p>\n'
            if environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'warnings'):
                pass
                def macro():
                    t_2 = []
                    pass
                    t_2.extend((
                        '<p>',
                        escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'warnings'))),
                        '</p>',
                    ))
                    return concat(t_2)
                caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
                yield context.call((undefined(name='box') if l_0_box is missing else l_0_box), 'warn', caller=caller)
            yield escape(context.call((undefined(name='grid_open') if l_0_grid_open is missing else l_0_grid_open)))
            yield '\n<thead><tr><th width="40%">'
            yield escape((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Women alive after') if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient') else markup_join((environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'model'), ', overall survival', ))))
            yield '</th>'
            for l_1_year in (5, 10, 15):
                _loop_vars = {}
                pass
                yield '<th width="20%">'
                yield escape(t_1(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(n)s years', _loop_vars=_loop_vars), n=l_1_year))
                yield '</th>'
            l_1_year = missing
            yield '</tr></thead>\n'
            for (l_1_label, l_1_values) in environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'rows'):
                _loop_vars = {}
                pass
                yield '<tr><td class="data">'
                yield escape(l_1_label)
                yield '</td>'
                for l_2_v in l_1_values:
                    _loop_vars = {}
                    pass
                    yield '<td class="data">'
                    yield escape(l_2_v)
                    yield '</td>'
                l_2_v = missing
                yield '</tr>\n'
            l_1_label = l_1_values = missing
            yield '</table>\n'
            if environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'not_applied'):
                pass
                yield '<p class="small">'
                yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'not_applied')))
                yield '</p>\n'
            yield '<h3>'
            yield escape((t_1(context.call((undefined(name='_') if l_0__ is missing else l_0__), '100 women like you, %(n)s years after surgery'), n=10) if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient') else '100 women like this patient, 10 years after surgery'))
            yield '</h3>'
            l_1_loop = missing
            for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'icons'), undefined):
                _loop_vars = {}
                pass
                yield '<p class="data icons">'
                l_2_loop = missing
                for (l_2_glyphs, l_2_colour), l_2_loop in LoopContext(l_1_row, undefined):
                    _loop_vars = {}
                    pass
                    yield '<span style="color: '
                    yield escape(l_2_colour)
                    yield ';">'
                    yield escape(l_2_glyphs)
                    yield '</span>'
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '&#8201;'
                l_2_loop = l_2_glyphs = l_2_colour = missing
                yield '</p>\n'
            l_1_loop = l_1_row = missing
            for (l_1_glyph, l_1_colour, l_1_words, l_1_count) in environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'legend'):
                _loop_vars = {}
                pass
                yield '<p class="data legend"><span style="color: '
                yield escape(l_1_colour)
                yield ';">'
                yield escape(l_1_glyph)
                yield '</span> '
                yield escape(l_1_count)
                yield ' '
                yield escape(l_1_words)
                yield '</p>\n'
            l_1_glyph = l_1_colour = l_1_words = l_1_count = missing
            if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient'):
                pass
                yield '<p>'
                yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'icon_sentence')))
                yield '</p>\n'
            yield '<ul>\n'
            for l_1_c in environment.getattr((undefined(name='prognosis') if l_0_prognosis is missing else l_0_prognosis), 'caveats'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.getattr(l_1_c, 'text'))
                yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_1_c, 'source'), _loop_vars=_loop_vars))
                yield '</li>\n'
            l_1_c = missing
            yield '</ul>\n'
        elif (undefined(name='prognosis_problem') if l_0_prognosis_problem is missing else l_0_prognosis_problem):
            pass
            if ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'patient'):
                pass
                yield '<p>'
                yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), (undefined(name='prognosis_unavailable') if l_0_prognosis_unavailable is missing else l_0_prognosis_unavailable)))
                yield '</p>\n'
            else:
                pass
                yield '<p class="meta">No PREDICT estimate: '
                yield escape((undefined(name='prognosis_problem') if l_0_prognosis_problem is missing else l_0_prognosis_problem))
                yield '.</p>\n'
        elif ((undefined(name='audience') if l_0_audience is missing else l_0_audience) == 'clinician'):
            pass
            yield '<p class="meta muted">Enter age, invasive size and positive nodes for a PREDICT survival estimate.</p>\n'

blocks = {}
debug_info = '4=26&5=38&6=40&7=43&11=48&12=50&13=53&15=58&16=60&18=63&19=65&21=76&22=78&23=88&24=92&27=104&28=107&30=110&32=113&33=118&35=132&36=136&38=145&39=148&42=151&43=155&46=160&47=162&48=165&50=170&52=172'
