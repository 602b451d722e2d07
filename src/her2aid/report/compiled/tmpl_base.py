# GENERATED FILE - DO NOT EDIT.
# Source: src/her2aid/report/templates/base.html.j2. Regenerate with: python packaging/build_content.py
# ruff: noqa
# mypy: ignore-errors
SOURCE_SHA256 = "96e3bdf7da4428bc45eab21c4139fd46cee45698f6e6e49b92dae2df78de3b92"
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'base.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_language = resolve('language')
    l_0_theme = resolve('theme')
    try:
        t_1 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape((undefined(name='language') if l_0_language is missing else l_0_language))
    yield '">\n<head>\n<meta charset="utf-8">\n<title>'
    yield from context.blocks['title'][0](context)
    yield "</title>\n<style>\nbody { font-family: '"
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'font'))
    yield "'; font-size: "
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt'))
    yield 'pt; color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'text'))
    yield '; }\nh1 { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 1.7), 1))
    yield 'pt; color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'accent'))
    yield '; font-weight: bold; margin-top: 0pt; margin-bottom: 4pt; }\nh2 { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 1.3), 1))
    yield 'pt; color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'accent'))
    yield '; font-weight: bold; margin-top: 14pt; margin-bottom: 4pt; }\nh3 { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 1.1), 1))
    yield 'pt; font-weight: bold; margin-top: 10pt; margin-bottom: 2pt; }\np { margin-top: 2pt; margin-bottom: 5pt; }\nli { margin-bottom: 3pt; }\na { color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'link'))
    yield '; }\n.muted { color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'muted'))
    yield '; }\n.small { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 0.85), 1))
    yield 'pt; }\n.headline { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 1.35), 1))
    yield 'pt; font-weight: bold; }\nsup.cite { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 0.75), 1))
    yield 'pt; color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'muted'))
    yield '; }\nsup.cite a { text-decoration: none; color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'link'))
    yield '; }\ntd.label { color: '
    yield escape(environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'muted'))
    yield '; }\nth { text-align: left; }\n.pagebreak { page-break-before: always; }\np.icons { font-size: '
    yield escape(t_1((environment.getattr((undefined(name='theme') if l_0_theme is missing else l_0_theme), 'base_pt') * 1.3), 1))
    yield 'pt; margin-top: 0pt; margin-bottom: 0pt; }\np.legend { margin-top: 1pt; margin-bottom: 1pt; }\n</style>\n</head>\n<body>\n'
    yield from context.blocks['body'][0](context)
    yield '</body>\n</html>'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'her2aid'

def block_body(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'body': block_body}
debug_info = '4=20&7=22&9=24&10=30&11=34&12=38&15=40&16=42&17=44&18=46&19=48&20=52&21=54&24=56&29=58&7=61&29=71'
