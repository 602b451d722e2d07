# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/patient_body.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "d71ae4377146d073399a371b2176b35986f1bb7d0f9a7c38b3d74944b23a27f8"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'patient_body.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0__ = resolve('_')
    l_0_headline = resolve('headline')
    l_0_own_results = resolve('own_results')
    l_0_say = resolve('say')
    l_0_own_details = resolve('own_details')
    l_0_survival_left_out = resolve('survival_left_out')
    l_0_seer = resolve('seer')
    l_0_metastatic = resolve('metastatic')
    l_0_options = resolve('options')
    l_0_values_items = resolve('values_items')
    l_0_next_patient = resolve('next_patient')
    l_0_for_print = resolve('for_print')
    l_0_range = resolve('range')
    l_0_theme = resolve('theme')
    l_0_meta = resolve('meta')
    l_0_who_made = resolve('who_made')
    l_0_unreviewed_notice = resolve('unreviewed_notice')
    l_0_sentences = l_0_box = l_0_grid_open = l_0_versions = l_0_references = l_0_when_applies = l_0_harm_rows = l_0_side_effects = missing
    try:
        t_1 = environment.filters['capitalize_first']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize_first' found.")
    try:
        t_2 = environment.filters['format']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'format' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_5 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', 'patient_body.html.j2').make_module(context.get_all(), True, {'box': l_0_box, 'grid_open': l_0_grid_open, 'harm_rows': l_0_harm_rows, 'references': l_0_references, 'sentences': l_0_sentences, 'side_effects': l_0_side_effects, 'versions': l_0_versions, 'when_applies': l_0_when_applies})
    l_0_sentences = getattr(included_template, 'sentences', missing)
    if l_0_sentences is missing:
        l_0_sentences = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'patient_body.html.j2') does not export the requested name 'sentences'", name='sentences')
    l_0_box = getattr(included_template, 'box', missing)
    if l_0_box is missing:
        l_0_box = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'patient_body.html.j2') does not export the requested name 'box'", name='box')
    l_0_grid_open = getattr(included_template, 'grid_open', missing)
    if l_0_grid_open is missing:
        l_0_grid_open = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'patient_body.html.j2') does not export the requested name 'grid_open'", name='grid_open')
    l_0_versions = getattr(included_template, 'versions', missing)
    if l_0_versions is missing:
        l_0_versions = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'patient_body.html.j2') does not export the requested name 'versions'", name='versions')
    l_0_references = getattr(included_template, 'references', missing)
    if l_0_references is missing:
        l_0_references = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'patient_body.html.j2') does not export the requested name 'references'", name='references')
    context.vars.update({'sentences': l_0_sentences, 'box': l_0_box, 'grid_open': l_0_grid_open, 'versions': l_0_versions, 'references': l_0_references})
    context.exported_vars.difference_update(('sentences', 'box', 'grid_open', 'versions', 'references'))
    def macro(l_1_o):
        t_7 = []
        l_1_cite = resolve('cite')
        if l_1_o is missing:
            l_1_o = undefined("parameter 'o' was not provided", name='o')
        pass
        if environment.getattr(l_1_o, 'always'):
            pass
            t_7.extend((
                escape(environment.getattr(environment.getattr(l_1_o, 'always'), 'text')),
                escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(environment.getattr(l_1_o, 'always'), 'source'))),
            ))
        elif environment.getattr(l_1_o, 'applies'):
            pass
            t_7.extend((
                escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'It may apply to results like yours.')),
                escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getitem(environment.getitem(environment.getattr(l_1_o, 'evidence'), 0), 0))),
            ))
        else:
            pass
            l_2_loop = missing
            for l_2_alt, l_2_loop in LoopContext(environment.getattr(l_1_o, 'conditions'), undefined):
                l_2_first_alt = missing
                _loop_vars = {}
                pass
                l_2_first_alt = environment.getattr(l_2_loop, 'first')
                _loop_vars['first_alt'] = l_2_first_alt
                if (not (undefined(name='first_alt') if l_2_first_alt is missing else l_2_first_alt)):
                    pass
                    t_7.append(
                        escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), ', or ', _loop_vars=_loop_vars)),
                    )
                l_3_loop = missing
                for (l_3_text, l_3_src), l_3_loop in LoopContext(l_2_alt, undefined):
                    _loop_vars = {}
                    pass
                    t_7.extend((
                        escape((t_1(l_3_text) if ((undefined(name='first_alt') if l_2_first_alt is missing else l_2_first_alt) and environment.getattr(l_3_loop, 'first')) else l_3_text)),
                        escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), l_3_src, _loop_vars=_loop_vars)),
                    ))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        t_7.append(
                            escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), ' and ', _loop_vars=_loop_vars)),
                        )
                l_3_loop = l_3_text = l_3_src = missing
            l_2_loop = l_2_alt = l_2_first_alt = missing
            t_7.append(
                '.',
            )
        for (l_2_text, l_2_src) in environment.getattr(l_1_o, 'notes'):
            _loop_vars = {}
            pass
            t_7.extend((
                ' ',
                escape(l_2_text),
                escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), l_2_src, _loop_vars=_loop_vars)),
            ))
        l_2_text = l_2_src = missing
        return concat(t_7)
    context.exported_vars.add('when_applies')
    context.vars['when_applies'] = l_0_when_applies = Macro(environment, macro, 'when_applies', ('o',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_o, l_1_rows, l_1_counted):
        t_8 = []
        if l_1_o is missing:
            l_1_o = undefined("parameter 'o' was not provided", name='o')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_counted is missing:
            l_1_counted = undefined("parameter 'counted' was not provided", name='counted')
        pass
        l_2_loop = missing
        for l_2_h, l_2_loop in LoopContext(l_1_rows, undefined):
            l_2_cite = resolve('cite')
            _loop_vars = {}
            pass
            if (environment.getattr(l_2_h, 'drug') and (environment.getattr(l_2_loop, 'first') or (environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'drug') != environment.getattr(l_2_h, 'drug')))):
                pass
                t_8.extend((
                    '<br><span class="muted">',
                    escape(t_2(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'With %(drug)s:', _loop_vars=_loop_vars), drug=environment.getattr(l_2_h, 'drug'))),
                    '</span>',
                ))
            t_8.extend((
                '<br>',
                escape(t_1(environment.getattr(l_2_h, 'text'))),
            ))
            if environment.getattr(l_2_h, 'count'):
                pass
                t_8.extend((
                    ': ',
                    escape(environment.getattr(l_2_h, 'count')),
                ))
                if environment.getattr(l_2_h, 'comparison'):
                    pass
                    t_8.extend((
                        ' (',
                        escape(environment.getattr(l_2_h, 'comparison')),
                        ' ',
                        escape(environment.getattr(l_1_o, 'comparison_group')),
                        ')',
                    ))
            elif l_1_counted:
                pass
                t_8.extend((
                    ' ',
                    escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '(how often is not stated)', _loop_vars=_loop_vars)),
                ))
            t_8.extend((
                '.',
                escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_h, 'source'), environment.getattr(l_2_h, 'locator'), _loop_vars=_loop_vars)),
            ))
        l_2_loop = l_2_h = l_2_cite = missing
        return concat(t_8)
    context.exported_vars.add('harm_rows')
    context.vars['harm_rows'] = l_0_harm_rows = Macro(environment, macro, 'harm_rows', ('o', 'rows', 'counted'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_o):
        t_9 = []
        l_1_serious = resolve('serious')
        l_1_common = resolve('common')
        l_1_counted = resolve('counted')
        if l_1_o is missing:
            l_1_o = undefined("parameter 'o' was not provided", name='o')
        pass
        for l_2_h in environment.getattr(l_1_o, 'lead_harms'):
            l_2_cite = resolve('cite')
            _loop_vars = {}
            pass
            t_9.extend((
                escape(environment.getattr(l_2_h, 'text')),
                escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_h, 'source'), _loop_vars=_loop_vars)),
                '<br>',
            ))
        l_2_h = l_2_cite = missing
        if environment.getattr(l_1_o, 'harms'):
            pass
            l_1_serious = t_4(context.eval_ctx, t_6(context, environment.getattr(l_1_o, 'harms'), 'serious'))
            l_1_common = t_4(context.eval_ctx, t_5(context, environment.getattr(l_1_o, 'harms'), 'serious'))
            l_1_counted = (t_3(t_4(context.eval_ctx, t_6(context, environment.getattr(l_1_o, 'harms'), 'count'))) > 0)
            if (undefined(name='counted') if l_1_counted is missing else l_1_counted):
                pass
                t_9.append(
                    escape(t_2(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Out of 100 %(group)s:'), group=environment.getattr(l_1_o, 'group'))),
                )
            t_9.append(
                escape(context.call((undefined(name='harm_rows') if l_0_harm_rows is missing else l_0_harm_rows), l_1_o, (undefined(name='common') if l_1_common is missing else l_1_common), (undefined(name='counted') if l_1_counted is missing else l_1_counted))),
            )
            if (undefined(name='serious') if l_1_serious is missing else l_1_serious):
                pass
                if ((undefined(name='counted') if l_1_counted is missing else l_1_counted) or (undefined(name='common') if l_1_common is missing else l_1_common)):
                    pass
                    t_9.append(
                        '<br>',
                    )
                t_9.extend((
                    '<b>',
                    escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Of most concern:')),
                    '</b>',
                    escape(context.call((undefined(name='harm_rows') if l_0_harm_rows is missing else l_0_harm_rows), l_1_o, (undefined(name='serious') if l_1_serious is missing else l_1_serious), (undefined(name='counted') if l_1_counted is missing else l_1_counted))),
                ))
        for l_2_s in environment.getattr(l_1_o, 'harms_note'):
            l_2_cite = resolve('cite')
            _loop_vars = {}
            pass
            t_9.extend((
                '<br>',
                escape(environment.getattr(l_2_s, 'text')),
                escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_s, 'source'), _loop_vars=_loop_vars)),
            ))
        l_2_s = l_2_cite = missing
        return concat(t_9)
    context.exported_vars.add('side_effects')
    context.vars['side_effects'] = l_0_side_effects = Macro(environment, macro, 'side_effects', ('o',), False, False, False, context.eval_ctx.autoescape)
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your breast cancer test results'))
    yield '</h1>\n<p class="headline meta">'
    yield escape((undefined(name='headline') if l_0_headline is missing else l_0_headline))
    yield '</p>\n\n'
    def macro():
        t_10 = []
        pass
        t_10.extend((
            '<p class="meta"><b>',
            escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Is this result good or bad?')),
            '</b></p>\n<p>',
            escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'answer'))),
            '</p>\n',
        ))
        return concat(t_10)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='box') if l_0_box is missing else l_0_box), caller=caller)
    yield '\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your results'))
    yield '</h2>\n'
    yield escape(context.call((undefined(name='grid_open') if l_0_grid_open is missing else l_0_grid_open)))
    yield '\n<thead><tr><th width="30%">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Test'))
    yield '</th><th width="28%">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your result'))
    yield '</th><th>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What it means'))
    yield '</th></tr></thead>\n'
    for (l_1_test, l_1_value, l_1_meaning, l_1_source) in (undefined(name='own_results') if l_0_own_results is missing else l_0_own_results):
        _loop_vars = {}
        pass
        yield '<tr><td class="label">'
        yield escape(l_1_test)
        yield '</td><td class="data">'
        yield escape(l_1_value)
        yield '</td><td class="data">'
        yield escape(l_1_meaning)
        if l_1_source:
            pass
            for l_2_one in context.call(environment.getattr(l_1_source, 'split'), ',', _loop_vars=_loop_vars):
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield escape(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), l_2_one, _loop_vars=_loop_vars))
            l_2_one = l_2_cite = missing
        yield '</td></tr>\n'
    l_1_test = l_1_value = l_1_meaning = l_1_source = missing
    yield '</table>\n<p class="small">'
    yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'her2_tests')))
    yield '</p>\n'
    if (undefined(name='own_details') if l_0_own_details is missing else l_0_own_details):
        pass
        yield '<p class="small meta">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your details used for the outlook below:'))
        yield ' '
        l_1_loop = missing
        for (l_1_label, l_1_value), l_1_loop in LoopContext((undefined(name='own_details') if l_0_own_details is missing else l_0_own_details), undefined):
            _loop_vars = {}
            pass
            yield escape(l_1_label)
            yield ' '
            yield escape(l_1_value)
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_label = l_1_value = missing
        yield '.</p>\n'
    yield '\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What kind of breast cancer this is'))
    yield '</h2>\n<p>'
    yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'subtype')))
    yield '</p>\n'
    if (undefined(name='survival_left_out') if l_0_survival_left_out is missing else l_0_survival_left_out):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), (undefined(name='survival_left_out') if l_0_survival_left_out is missing else l_0_survival_left_out)))
        yield '</p>\n'
    if (undefined(name='seer') if l_0_seer is missing else l_0_seer):
        pass
        if (undefined(name='metastatic') if l_0_metastatic is missing else l_0_metastatic):
            pass
            yield '<p>'
            yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'survival_metastatic')))
            yield '</p>\n'
        else:
            pass
            yield '<p>'
            yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'survival')))
            yield '</p>\n<p class="muted">'
            yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'survival_limits')))
            yield '</p>\n'
    yield '\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What each result means'))
    yield '</h2>\n<ul>\n<li><b>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'ER'))
    yield ':</b> '
    yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'er')))
    yield '</li>\n<li><b>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'PR'))
    yield ':</b> '
    yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'pr')))
    yield '</li>\n<li><b>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'HER2'))
    yield ':</b> '
    yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'her2')))
    yield '</li>\n</ul>\n\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your treatment choice'))
    yield '</h2>\n'
    def macro():
        t_11 = []
        l_1_decision = resolve('decision')
        pass
        t_11.extend((
            '<p><b>',
            escape((undefined(name='decision') if l_1_decision is missing else l_1_decision)),
            '</b><span class="nosource"></span></p>',
        ))
        return concat(t_11)
    caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
    yield context.call((undefined(name='box') if l_0_box is missing else l_0_box), caller=caller)
    if (undefined(name='options') if l_0_options is missing else l_0_options):
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'decision')))
        yield '</p>\n'
        if environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'er_pending'):
            pass
            yield '<p>'
            yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'er_pending')))
            yield '</p>\n'
    l_1_loop = missing
    t_12 = 1
    for l_1_o, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
        l_1_cite = resolve('cite')
        l_1_rows = missing
        _loop_vars = {}
        pass
        if (environment.getattr(l_1_o, 'later') and (environment.getattr(l_1_loop, 'first') or (not environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'later')))):
            pass
            yield '<h3>'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Treatments that may fit later, or only in some cases', _loop_vars=_loop_vars))
            yield '</h3>\n<p>'
            yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'later'), _loop_vars=_loop_vars))
            yield '</p>\n'
        yield '<h3>'
        yield escape(environment.getattr(l_1_o, 'name'))
        yield '</h3>\n'
        l_1_rows = [(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What it is', _loop_vars=_loop_vars), markup_join((environment.getattr(environment.getattr(l_1_o, 'what'), 'text'), context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(environment.getattr(l_1_o, 'what'), 'source'), _loop_vars=_loop_vars), (markup_join((' ', context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr(l_1_o, 'abbreviations'), _loop_vars=_loop_vars), )) if environment.getattr(l_1_o, 'abbreviations') else ''), ))), (context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When it applies', _loop_vars=_loop_vars), context.call((undefined(name='when_applies') if l_0_when_applies is missing else l_0_when_applies), l_1_o, _loop_vars=_loop_vars)), (context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How it may help', _loop_vars=_loop_vars), context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr(l_1_o, 'benefits'), _loop_vars=_loop_vars)), ((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What could happen without these drugs', _loop_vars=_loop_vars) if (environment.getattr(l_1_o, 'id') == 'no_added_treatment') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Side effects', _loop_vars=_loop_vars)), context.call((undefined(name='side_effects') if l_0_side_effects is missing else l_0_side_effects), l_1_o, _loop_vars=_loop_vars)), (context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What it is like', _loop_vars=_loop_vars), (context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr(l_1_o, 'practical'), _loop_vars=_loop_vars) if environment.getattr(l_1_o, 'practical') else ''))]
        _loop_vars['rows'] = l_1_rows
        if (undefined(name='for_print') if l_0_for_print is missing else l_0_for_print):
            pass
            yield '<table width="100%" cellspacing="0" cellpadding="3" border="0">\n'
            def t_13(fiter):
                for (l_2_label, l_2_body) in fiter:
                    if l_2_body:
                        yield (l_2_label, l_2_body)
            for (l_2_label, l_2_body) in t_13((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
                _loop_vars = {}
                pass
                yield '<tr><td class="label" width="26%" valign="top">'
                yield escape(l_2_label)
                yield '</td><td valign="top">'
                yield escape(l_2_body)
                yield '</td></tr>\n'
            l_2_label = l_2_body = missing
            yield '</table>\n'
        else:
            pass
            def t_14(fiter):
                for (l_2_label, l_2_body) in fiter:
                    if l_2_body:
                        yield (l_2_label, l_2_body)
            for (l_2_label, l_2_body) in t_14((undefined(name='rows') if l_1_rows is missing else l_1_rows)):
                _loop_vars = {}
                pass
                yield '<p><span class="muted">'
                yield escape(l_2_label)
                yield ':</span> '
                yield escape(l_2_body)
                yield '</p>\n'
            l_2_label = l_2_body = missing
        t_12 = 0
    l_1_loop = l_1_o = l_1_cite = l_1_rows = missing
    if t_12:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'no_options')))
        yield '</p>\n'
    yield '\n'
    template = environment.get_template('_prognosis.html.j2', 'patient_body.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'box': l_0_box, 'grid_open': l_0_grid_open, 'harm_rows': l_0_harm_rows, 'references': l_0_references, 'sentences': l_0_sentences, 'side_effects': l_0_side_effects, 'versions': l_0_versions, 'when_applies': l_0_when_applies}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    if (undefined(name='values_items') if l_0_values_items is missing else l_0_values_items):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What matters most to you'))
        yield '</h2>\n<p>'
        yield escape(context.call((undefined(name='sentences') if l_0_sentences is missing else l_0_sentences), environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'values_intro')))
        yield '</p>\n'
        yield escape(context.call((undefined(name='grid_open') if l_0_grid_open is missing else l_0_grid_open)))
        yield '\n<thead><tr><th width="46%">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How important is this to you?'))
        yield '</th><th>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Not'))
        yield '</th><th>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Somewhat'))
        yield '</th><th>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Very'))
        yield '</th></tr></thead>\n'
        for l_1_item in (undefined(name='values_items') if l_0_values_items is missing else l_0_values_items):
            l_1_values_answers = resolve('values_answers')
            l_1_answer = missing
            _loop_vars = {}
            pass
            l_1_answer = context.call(environment.getattr((undefined(name='values_answers') if l_1_values_answers is missing else l_1_values_answers), 'get'), environment.getattr(l_1_item, 'id'), _loop_vars=_loop_vars)
            _loop_vars['answer'] = l_1_answer
            yield '<tr><td>'
            yield escape(environment.getattr(l_1_item, 'text'))
            yield '<span class="nosource"></span></td>'
            for l_2_level in ('not_important', 'somewhat_important', 'very_important'):
                _loop_vars = {}
                pass
                yield '<td class="data" align="center">'
                yield escape(('☒' if ((undefined(name='answer') if l_1_answer is missing else l_1_answer) == l_2_level) else '☐'))
                yield '</td>'
            l_2_level = missing
            yield '</tr>\n'
        l_1_item = l_1_values_answers = l_1_answer = missing
        yield '</table>\n'
    yield '\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What happens next'))
    yield '</h2>\n<ul>\n'
    for (l_1_text, l_1_source) in (undefined(name='next_patient') if l_0_next_patient is missing else l_0_next_patient):
        l_1_cite = resolve('cite')
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(l_1_text)
        yield escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), l_1_source, _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_text = l_1_source = l_1_cite = missing
    for l_1_s in environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'next'):
        l_1_cite = resolve('cite')
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(environment.getattr(l_1_s, 'text'))
        yield escape(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(l_1_s, 'source'), _loop_vars=_loop_vars))
        yield '</li>\n'
    l_1_s = l_1_cite = missing
    yield '</ul>\n\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Questions to ask your care team'))
    yield '</h2>\n<ul>\n'
    for l_1_q in environment.getattr((undefined(name='say') if l_0_say is missing else l_0_say), 'questions'):
        _loop_vars = {}
        pass
        yield '<li class="meta">'
        yield escape(environment.getattr(l_1_q, 'text'))
        yield '</li>\n'
    l_1_q = missing
    yield '</ul>\n\n'
    if (undefined(name='for_print') if l_0_for_print is missing else l_0_for_print):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your notes'))
        yield '</h2>\n<table width="100%" cellspacing="0" cellpadding="9" border="0">\n'
        for l_1__ in context.call((undefined(name='range') if l_0_range is missing else l_0_range), 6):
            _loop_vars = {}
            pass
            yield '<tr><td style="border-bottom: 1px solid '
            yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'rule'))
            yield ';">&nbsp;</td></tr>\n'
        l_1__ = missing
        yield '</table>\n\n<h2>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Your care team'))
        yield '</h2>\n<table width="100%" cellspacing="0" cellpadding="6" border="0">\n<tr><td class="label" width="26%">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Clinic'))
        yield '</td><td style="border-bottom: 1px solid '
        yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'rule'))
        yield ';">'
        yield escape(environment.getattr((undefined(name='meta') if l_0_meta is missing else l_0_meta), 'clinic_name'))
        yield '&nbsp;</td></tr>\n<tr><td class="label">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Contact'))
        yield '</td><td style="border-bottom: 1px solid '
        yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'rule'))
        yield ';">'
        yield escape(environment.getattr((undefined(name='meta') if l_0_meta is missing else l_0_meta), 'clinic_contact'))
        yield '&nbsp;</td></tr>\n<tr><td class="label">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'My next visit'))
        yield '</td><td style="border-bottom: 1px solid '
        yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'rule'))
        yield ';">&nbsp;</td></tr>\n</table>\n'
    yield '\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Who made this aid'))
    yield '</h2>\n<p class="meta">'
    l_1_loop = missing
    for l_1_line, l_1_loop in LoopContext((undefined(name='who_made') if l_0_who_made is missing else l_0_who_made), undefined):
        _loop_vars = {}
        pass
        yield escape(l_1_line)
        yield '<span class="nosource"></span>'
        if (not environment.getattr(l_1_loop, 'last')):
            pass
            yield ' '
    l_1_loop = l_1_line = missing
    yield '</p>\n\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'About this page'))
    yield '</h2>\n<p class="meta">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'This page is a decision aid, not a diagnosis. It cannot replace advice from your care team, who know all of your results.'))
    yield '</p>\n'
    if (undefined(name='unreviewed_notice') if l_0_unreviewed_notice is missing else l_0_unreviewed_notice):
        pass
        yield '<p class="meta">'
        yield escape((undefined(name='unreviewed_notice') if l_0_unreviewed_notice is missing else l_0_unreviewed_notice))
        yield '</p>'
    yield '<p class="meta small muted">'
    yield escape(t_2(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Made %(date)s with %(versions)s.'), date=context.call(environment.getattr(environment.getattr((undefined(name='meta') if l_0_meta is missing else l_0_meta), 'generated_on'), 'isoformat')), versions=context.call((undefined(name='versions') if l_0_versions is missing else l_0_versions))))
    yield '</p>\n'
    yield escape(context.call((undefined(name='references') if l_0_references is missing else l_0_references), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Where this information comes from')))

blocks = {}
debug_info = '4=65&5=83&6=89&10=145&11=155&13=199&14=207&16=257&17=259&19=261&20=266&21=268&19=273&24=275&25=277&26=279&27=285&28=289&31=305&32=307&33=310&36=325&37=327&38=329&39=332&41=334&42=336&43=339&45=344&46=346&50=349&52=351&53=355&54=359&57=363&58=365&59=377&60=380&61=382&62=385&65=389&66=394&67=397&68=399&70=402&71=404&78=406&80=409&81=417&85=425&86=433&90=443&93=446&95=453&96=456&97=458&98=460&99=462&100=470&101=475&102=478&107=491&109=493&110=498&112=502&113=507&117=512&119=514&120=518&124=522&125=525&127=527&128=531&132=535&134=537&135=543&136=549&140=554&141=557&143=567&144=569&145=571&146=577&147=579'
