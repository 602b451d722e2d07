# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/clinician_body.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "903844bae8e7d5474ba82d4c52bc5b5f8e0e4e7ac9de8d98eb11f70b1d44d15c"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'clinician_body.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_headline = resolve('headline')
    l_0_missing = resolve('missing')
    l_0_er_entered = resolve('er_entered')
    l_0_label = resolve('label')
    l_0_r = resolve('r')
    l_0_sources = resolve('sources')
    l_0_pr_entered = resolve('pr_entered')
    l_0_ihc_text = resolve('ihc_text')
    l_0_ish_text = resolve('ish_text')
    l_0_ki67_text = resolve('ki67_text')
    l_0_inputs = resolve('inputs')
    l_0_flag_texts = resolve('flag_texts')
    l_0_next_clinician = resolve('next_clinician')
    l_0_setting_known = resolve('setting_known')
    l_0_options = resolve('options')
    l_0_applies = resolve('applies')
    l_0_harms_line = resolve('harms_line')
    l_0_for_print = resolve('for_print')
    l_0_seer = resolve('seer')
    l_0_seer_periods = resolve('seer_periods')
    l_0_cite = resolve('cite')
    l_0_seer_source = resolve('seer_source')
    l_0_metastatic = resolve('metastatic')
    l_0_expand_trace = resolve('expand_trace')
    l_0_about = resolve('about')
    l_0_meta = resolve('meta')
    l_0_box = l_0_grid_open = l_0_versions = l_0_references = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['number']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'number' found.")
    pass
    included_template = environment.get_template('_macros.html.j2', 'clinician_body.html.j2').make_module(context.get_all(), True, {'applies': l_0_applies, 'box': l_0_box, 'grid_open': l_0_grid_open, 'harms_line': l_0_harms_line, 'references': l_0_references, 'versions': l_0_versions})
    l_0_box = getattr(included_template, 'box', missing)
    if l_0_box is missing:
        l_0_box = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'clinician_body.html.j2') does not export the requested name 'box'", name='box')
    l_0_grid_open = getattr(included_template, 'grid_open', missing)
    if l_0_grid_open is missing:
        l_0_grid_open = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'clinician_body.html.j2') does not export the requested name 'grid_open'", name='grid_open')
    l_0_versions = getattr(included_template, 'versions', missing)
    if l_0_versions is missing:
        l_0_versions = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'clinician_body.html.j2') does not export the requested name 'versions'", name='versions')
    l_0_references = getattr(included_template, 'references', missing)
    if l_0_references is missing:
        l_0_references = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'clinician_body.html.j2') does not export the requested name 'references'", name='references')
    context.vars.update({'box': l_0_box, 'grid_open': l_0_grid_open, 'versions': l_0_versions, 'references': l_0_references})
    context.exported_vars.difference_update(('box', 'grid_open', 'versions', 'references'))
    yield '<h1>Receptor status summary</h1>\n<p class="headline meta">'
    yield escape((undefined(name='headline') if l_0_headline is missing else l_0_headline))
    yield '</p>\n<p class="meta small muted">Decision aid, not a diagnosis &middot; '
    yield escape(context.call((undefined(name='versions') if l_0_versions is missing else l_0_versions)))
    yield '</p>'
    if (undefined(name='missing') if l_0_missing is missing else l_0_missing):
        pass
        def macro():
            t_4 = []
            pass
            t_4.extend((
                '<p class="meta"><b>Not recorded yet:</b> ',
                escape(t_1(context.eval_ctx, (undefined(name='missing') if l_0_missing is missing else l_0_missing), ', ')),
                '. The summary covers what has been entered.</p>',
            ))
            return concat(t_4)
        caller = Macro(environment, macro, None, (), False, False, False, context.eval_ctx.autoescape)
        yield context.call((undefined(name='box') if l_0_box is missing else l_0_box), 'warn', caller=caller)
    yield '\n<h2>Results</h2>\n'
    yield escape(context.call((undefined(name='grid_open') if l_0_grid_open is missing else l_0_grid_open)))
    yield '<thead><tr><th width="24%">Test</th><th width="28%">Entered</th><th width="48%">Classification</th></tr></thead>\n<tr><td>ER</td><td>'
    yield escape((undefined(name='er_entered') if l_0_er_entered is missing else l_0_er_entered))
    yield '</td><td>'
    yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'er', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'er'), 'value')))
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'er.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>PR</td><td>'
    yield escape((undefined(name='pr_entered') if l_0_pr_entered is missing else l_0_pr_entered))
    yield '</td><td>'
    yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'pr', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'pr'), 'value')))
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'pr.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>Hormone receptors</td><td class="muted">from ER and PR</td><td>'
    yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'hr', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'hr'), 'value')))
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'hr.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>HER2 IHC</td><td>'
    yield escape((undefined(name='ihc_text') if l_0_ihc_text is missing else l_0_ihc_text))
    yield '</td><td class="muted">see HER2</td></tr>\n<tr><td>HER2 ISH</td><td>'
    yield escape((undefined(name='ish_text') if l_0_ish_text is missing else l_0_ish_text))
    yield '</td><td class="muted">see HER2</td></tr>\n<tr><td>HER2</td><td class="muted">from IHC and ISH</td><td>'
    yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'her2_category', environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'her2'), 'category'), 'value')))
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'her2'), 'with_comment'):
        pass
        yield ', reported with a comment'
    if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'her2'), 'ish_group'):
        pass
        yield ' (ISH group '
        yield escape(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'her2'), 'ish_group'))
        yield ')'
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'her2.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>Ki-67</td><td>'
    yield escape((undefined(name='ki67_text') if l_0_ki67_text is missing else l_0_ki67_text))
    yield '</td><td class="muted">used for the surrogate subtype</td></tr>\n<tr><td>Subtype</td><td class="muted">from HR and HER2</td><td><b>'
    yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'subtype', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subtype'), 'value')))
    yield '</b>'
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'subtype.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>St Gallen surrogate</td><td class="muted">ER, PR %, HER2, Ki-67</td><td>'
    yield escape((context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'surrogate', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'surrogate'), 'value')) if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'surrogate') else 'not set'))
    for (l_1_s, l_1_l) in context.call((undefined(name='sources') if l_0_sources is missing else l_0_sources), 'surrogate.'):
        _loop_vars = {}
        pass
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_s, l_1_l, _loop_vars=_loop_vars))
    l_1_s = l_1_l = missing
    yield '</td></tr>\n<tr><td>Setting</td><td colspan="2">'
    yield escape((context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'setting', environment.getattr(environment.getattr(environment.getattr((undefined(name='inputs') if l_0_inputs is missing else l_0_inputs), 'context'), 'setting'), 'value')) if environment.getattr(environment.getattr((undefined(name='inputs') if l_0_inputs is missing else l_0_inputs), 'context'), 'setting') else 'not recorded'))
    yield '</td></tr>\n</table>\n\n'
    if (undefined(name='flag_texts') if l_0_flag_texts is missing else l_0_flag_texts):
        pass
        yield '<h2>Alerts</h2>\n<ul>\n'
        for (l_1_code, l_1_flag) in (undefined(name='flag_texts') if l_0_flag_texts is missing else l_0_flag_texts):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.getattr(l_1_flag, 'clinician'))
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_1_flag, 'source'), environment.getattr(l_1_flag, 'locator'), _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_code = l_1_flag = missing
        yield '</ul>\n'
    yield '\n<h2>Next steps</h2>\n'
    if (undefined(name='next_clinician') if l_0_next_clinician is missing else l_0_next_clinician):
        pass
        yield '<ul>\n'
        for (l_1_text, l_1_source, l_1_locator) in (undefined(name='next_clinician') if l_0_next_clinician is missing else l_0_next_clinician):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(l_1_text)
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_1_source, l_1_locator, _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_text = l_1_source = l_1_locator = missing
        yield '</ul>\n'
    else:
        pass
        yield '<p class="meta">No further tests are called for by these results.</p>\n'
    yield '\n<h2>Treatment classes</h2>\n'
    if (not (undefined(name='setting_known') if l_0_setting_known is missing else l_0_setting_known)):
        pass
        yield '<p class="meta muted">The setting is not recorded, so options for early and for metastatic disease are both listed, each with its condition.</p>\n'
    if (undefined(name='options') if l_0_options is missing else l_0_options):
        pass
        def macro(l_1_o):
            t_5 = []
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if environment.getattr(l_1_o, 'applies'):
                pass
                t_5.extend((
                    'Yes',
                    escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getitem(environment.getitem(environment.getattr(l_1_o, 'evidence'), 0), 0))),
                ))
            else:
                pass
                l_2_loop = missing
                for l_2_alt, l_2_loop in LoopContext(environment.getattr(l_1_o, 'conditions'), undefined):
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        t_5.append(
                            '<br><span class="muted">or</span> ',
                        )
                    l_3_loop = missing
                    for (l_3_text, l_3_src), l_3_loop in LoopContext(l_2_alt, undefined):
                        _loop_vars = {}
                        pass
                        t_5.extend((
                            escape(l_3_text),
                            escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_3_src, _loop_vars=_loop_vars)),
                        ))
                        if (not environment.getattr(l_3_loop, 'last')):
                            pass
                            t_5.append(
                                '; ',
                            )
                    l_3_loop = l_3_text = l_3_src = missing
                l_2_loop = l_2_alt = missing
            return concat(t_5)
        context.exported_vars.add('applies')
        context.vars['applies'] = l_0_applies = Macro(environment, macro, 'applies', ('o',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_o):
            t_6 = []
            if l_1_o is missing:
                l_1_o = undefined("parameter 'o' was not provided", name='o')
            pass
            if (environment.getattr(l_1_o, 'harms') or environment.getattr(l_1_o, 'lead_harms')):
                pass
                t_6.extend((
                    '<br><b>Harms</b> (',
                    escape(environment.getattr(l_1_o, 'group')),
                    '): ',
                ))
                for l_2_h in environment.getattr(l_1_o, 'lead_harms'):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        escape(environment.getattr(l_2_h, 'text')),
                        escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_2_h, 'source'), _loop_vars=_loop_vars)),
                        ' ',
                    ))
                l_2_h = missing
                l_2_loop = missing
                for l_2_h, l_2_loop in LoopContext(environment.getattr(l_1_o, 'harms'), undefined):
                    _loop_vars = {}
                    pass
                    t_6.append(
                        escape(environment.getattr(l_2_h, 'text')),
                    )
                    if environment.getattr(l_2_h, 'count'):
                        pass
                        t_6.extend((
                            ' ',
                            escape(environment.getattr(l_2_h, 'count')),
                        ))
                        if environment.getattr(l_2_h, 'comparison'):
                            pass
                            t_6.extend((
                                ' vs ',
                                escape(environment.getattr(l_2_h, 'comparison')),
                            ))
                    t_6.extend((
                        ' (',
                        escape(environment.getattr(l_2_h, 'grade')),
                        ')',
                        escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_2_h, 'source'), environment.getattr(l_2_h, 'locator'), _loop_vars=_loop_vars)),
                    ))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        t_6.append(
                            '; ',
                        )
                l_2_loop = l_2_h = missing
                t_6.append(
                    '.',
                )
            if environment.getattr(l_1_o, 'practical'):
                pass
                t_6.append(
                    '<br><b>Practical:</b> ',
                )
                l_2_loop = missing
                for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_o, 'practical'), undefined):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        escape(environment.getattr(l_2_p, 'text')),
                        escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_2_p, 'source'), _loop_vars=_loop_vars)),
                    ))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        t_6.append(
                            ' ',
                        )
                l_2_loop = l_2_p = missing
            return concat(t_6)
        context.exported_vars.add('harms_line')
        context.vars['harms_line'] = l_0_harms_line = Macro(environment, macro, 'harms_line', ('o',), False, False, False, context.eval_ctx.autoescape)
        if (undefined(name='for_print') if l_0_for_print is missing else l_0_for_print):
            pass
            yield escape(context.call((undefined(name='grid_open') if l_0_grid_open is missing else l_0_grid_open)))
            yield '\n<thead><tr><th width="24%">Option</th><th width="24%">Applies</th><th>Evidence (key result)</th></tr></thead>\n'
            l_1_loop = missing
            for l_1_o, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
                _loop_vars = {}
                pass
                yield '<tr>\n<td valign="top"><b>'
                yield escape(environment.getattr(l_1_o, 'name'))
                yield '</b></td>\n<td valign="top">'
                yield escape(context.call((undefined(name='applies') if l_0_applies is missing else l_0_applies), l_1_o, _loop_vars=_loop_vars))
                yield '\n'
                for (l_2_text, l_2_src) in environment.getattr(l_1_o, 'notes'):
                    _loop_vars = {}
                    pass
                    yield '<br><span class="small">'
                    yield escape(l_2_text)
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_src, _loop_vars=_loop_vars))
                    yield '</span>'
                l_2_text = l_2_src = missing
                yield '</td>\n<td valign="top" class="small">'
                for l_2_p in environment.getattr(l_1_o, 'predict'):
                    _loop_vars = {}
                    pass
                    yield escape(environment.getattr(l_2_p, 'text'))
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_2_p, 'source'), _loop_vars=_loop_vars))
                    yield '<br>'
                l_2_p = missing
                l_2_loop = missing
                for (l_2_src, l_2_result), l_2_loop in LoopContext(environment.getattr(l_1_o, 'evidence'), undefined):
                    l_2_content = resolve('content')
                    _loop_vars = {}
                    pass
                    yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='content') if l_2_content is missing else l_2_content), 'references'), l_2_src), 'short'))
                    yield ': '
                    yield escape(l_2_result)
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_src, _loop_vars=_loop_vars))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '<br>'
                l_2_loop = l_2_src = l_2_result = l_2_content = missing
                yield escape(context.call((undefined(name='harms_line') if l_0_harms_line is missing else l_0_harms_line), l_1_o, _loop_vars=_loop_vars))
                yield '</td>\n</tr>\n'
            l_1_loop = l_1_o = missing
            yield '</table>\n'
        else:
            pass
            l_1_loop = missing
            for l_1_o, l_1_loop in LoopContext((undefined(name='options') if l_0_options is missing else l_0_options), undefined):
                _loop_vars = {}
                pass
                yield '<h3>'
                yield escape(environment.getattr(l_1_o, 'name'))
                yield '</h3>\n<p><span class="muted">Applies:</span> '
                yield escape(context.call((undefined(name='applies') if l_0_applies is missing else l_0_applies), l_1_o, _loop_vars=_loop_vars))
                for (l_2_text, l_2_src) in environment.getattr(l_1_o, 'notes'):
                    _loop_vars = {}
                    pass
                    yield '<br><span class="small">'
                    yield escape(l_2_text)
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_src, _loop_vars=_loop_vars))
                    yield '</span>'
                l_2_text = l_2_src = missing
                yield '</p>\n<p class="small">'
                for l_2_p in environment.getattr(l_1_o, 'predict'):
                    _loop_vars = {}
                    pass
                    yield escape(environment.getattr(l_2_p, 'text'))
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_2_p, 'source'), _loop_vars=_loop_vars))
                    yield '<br>'
                l_2_p = missing
                l_2_loop = missing
                for (l_2_src, l_2_result), l_2_loop in LoopContext(environment.getattr(l_1_o, 'evidence'), undefined):
                    l_2_content = resolve('content')
                    _loop_vars = {}
                    pass
                    yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='content') if l_2_content is missing else l_2_content), 'references'), l_2_src), 'short'))
                    yield ': '
                    yield escape(l_2_result)
                    yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), l_2_src, _loop_vars=_loop_vars))
                    if (not environment.getattr(l_2_loop, 'last')):
                        pass
                        yield '<br>'
                l_2_loop = l_2_src = l_2_result = l_2_content = missing
                yield escape(context.call((undefined(name='harms_line') if l_0_harms_line is missing else l_0_harms_line), l_1_o, _loop_vars=_loop_vars))
                yield '</p>\n'
            l_1_loop = l_1_o = missing
    else:
        pass
        yield '<p class="meta">No treatment class can be listed until the results it depends on (HER2 and hormone-receptor status) are final.</p>\n'
    yield '\n'
    template = environment.get_template('_prognosis.html.j2', 'clinician_body.html.j2')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {'applies': l_0_applies, 'box': l_0_box, 'grid_open': l_0_grid_open, 'harms_line': l_0_harms_line, 'references': l_0_references, 'versions': l_0_versions}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '\n'
    if (undefined(name='seer') if l_0_seer is missing else l_0_seer):
        pass
        yield '<h2>Subtype in the population (SEER)</h2>\n<p>'
        yield escape(context.call((undefined(name='label') if l_0_label is missing else l_0_label), 'subtype', environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'subtype'), 'value')))
        yield ': '
        yield escape(t_3(environment.getattr((undefined(name='seer') if l_0_seer is missing else l_0_seer), 'percent_of_cases')))
        yield ' % of female breast cancers (SEER 22, '
        yield escape(environment.getitem((undefined(name='seer_periods') if l_0_seer_periods is missing else l_0_seer_periods), 0))
        yield '); 5-year relative survival '
        yield escape(t_3(environment.getattr((undefined(name='seer') if l_0_seer is missing else l_0_seer), 'five_year_relative_survival')))
        yield ' % (all stages combined, '
        yield escape(environment.getitem((undefined(name='seer_periods') if l_0_seer_periods is missing else l_0_seer_periods), 1))
        yield ').'
        yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), (undefined(name='seer_source') if l_0_seer_source is missing else l_0_seer_source), 'Subtype table'))
        yield '</p>\n'
        if (undefined(name='metastatic') if l_0_metastatic is missing else l_0_metastatic):
            pass
            yield '<p>These survival figures combine all stages and do not describe metastatic disease.'
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), (undefined(name='seer_source') if l_0_seer_source is missing else l_0_seer_source), 'Subtype table'))
            yield '</p>\n'
    yield '\n<h2>Rule trace</h2>\n'
    if (undefined(name='expand_trace') if l_0_expand_trace is missing else l_0_expand_trace):
        pass
        yield '<ol>\n'
        for l_1_step in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'trace'):
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(environment.getattr(l_1_step, 'text'))
            yield escape(context.call((undefined(name='cite') if l_0_cite is missing else l_0_cite), environment.getattr(l_1_step, 'source'), environment.getattr(l_1_step, 'locator'), _loop_vars=_loop_vars))
            yield ' <span class="small muted">'
            yield escape(environment.getattr(l_1_step, 'rule'))
            yield '</span></li>\n'
        l_1_step = missing
        yield '</ol>\n'
        if (not (undefined(name='for_print') if l_0_for_print is missing else l_0_for_print)):
            pass
            yield '<p class="meta small"><a href="her2aid:trace">Hide the rule trace</a></p>'
    else:
        pass
        yield '<p class="meta"><a href="her2aid:trace">Show the rule trace ('
        yield escape(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'trace')))
        yield ' steps)</a></p>\n'
    yield '\n<h2>About this summary</h2>\n<p class="meta">her2aid is a decision aid, not a diagnosis. It applies published guidelines to the results entered; it does not replace the pathology report, clinical judgement or the multidisciplinary team.</p>\n<p class="meta small">'
    yield escape(environment.getattr((undefined(name='about') if l_0_about is missing else l_0_about), 'review_status'))
    yield ' '
    yield escape(environment.getattr((undefined(name='about') if l_0_about is missing else l_0_about), 'update_policy'))
    yield ' '
    yield escape(environment.getattr((undefined(name='about') if l_0_about is missing else l_0_about), 'funding'))
    yield '</p>\n<p class="meta small muted">'
    yield escape(context.call((undefined(name='versions') if l_0_versions is missing else l_0_versions)))
    yield ' &middot; generated '
    yield escape(context.call(environment.getattr(environment.getattr((undefined(name='meta') if l_0_meta is missing else l_0_meta), 'generated_on'), 'isoformat')))
    yield '</p>\n'
    yield escape(context.call((undefined(name='references') if l_0_references is missing else l_0_references), 'References'))

blocks = {}
debug_info = '4=56&6=72&7=74&9=76&10=78&14=90&17=92&18=101&19=110&20=117&21=119&22=121&23=136&24=138&25=146&26=153&29=155&32=158&33=162&39=168&41=171&42=175&50=184&53=187&54=189&55=194&57=229&58=234&60=306&61=308&63=311&65=315&66=317&67=319&68=328&73=355&74=359&75=361&76=371&83=398&85=405&87=408&88=420&89=423&94=426&96=429&97=433&100=440&102=446&107=449&108=455&109=459'
