# Sphinx configuration of the bundled example API reference.
#
# apiref reads the literal settings below as text (it never runs this file); the same tree also builds with
# Sphinx and os-api-ref:  python3 -m sphinx -b html api-ref/source /tmp/example-ref

extensions = [
    'os_api_ref',
]

source_suffix = '.rst'
master_doc = 'index'

project = 'Orbit Storage API Reference'
copyright = '2026, The Orbit Storage authors (fictional service)'

# Microversions of the v2 API: the selector offers 2.1 ... 2.12.
os_api_ref_min_microversion = '2.1'
os_api_ref_max_microversion = '2.12'
os_api_ref_release_microversions = {
    '2.1': 'Aurora',
    '2.5': 'Borealis',
    '2.10': 'Corona',
}

pygments_style = 'sphinx'
html_title = 'Orbit Storage API Reference'
