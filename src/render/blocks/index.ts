/** Block dispatch: one renderer per node kind; each returns its elements, and this adds Sphinx's newlines. */
import type { ElementContent } from 'hast';
import { renderContents } from './contents.js';
import type { DocBlock } from '../../document/nodes.js';
import type { BlockState } from '../context.js';
import { h, text } from '../hast.js';
import { renderCodeBlock, renderLiteralBlock } from '../code-block.js';
import { renderExpandAll } from '../expand-all.js';
import { renderOperation } from '../operation.js';
import { renderParameterTable } from '../parameter-table.js';
import { renderStatusTable } from '../status-table.js';
import { renderAdmonition, renderVersionModified } from './admonition.js';
import { renderFootnotes } from './footnote.js';
import { renderBulletList, renderDefinitionList, renderEnumeratedList, renderFieldList } from './lists.js';
import { renderBlockQuote, renderLineBlock, renderParagraph, renderPlaceholder, renderRaw, renderRubric, renderTargetAnchor, renderTransition } from './simple.js';
import { renderSection } from './section.js';
import { renderTable } from './table.js';
import { renderToctree } from './toctree.js';
import { renderFigure, renderImage } from './image.js';

/**
 * Render blocks, each followed by a newline. `compactFirst` leaves the newline off a leading lone paragraph
 * (docutils' compact paragraph in simple lists and table cells).
 */
export function renderBlockList(nodes: DocBlock[], st: BlockState, compact = false): ElementContent[] {
  const out: ElementContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'footnote') {
      // Consecutive footnotes share one `aside.footnote-list`, as Sphinx groups them.
      let j = i;
      while (j < nodes.length && nodes[j]!.type === 'footnote') j++;
      out.push(renderFootnotes(nodes.slice(i, j) as Extract<DocBlock, { type: 'footnote' }>[], st), text('\n'));
      i = j - 1;
      continue;
    }
    // (Not before footnotes: those are grouped with their neighbours below.)
    if (node.type === 'targetAnchor' && i + 1 < nodes.length && nodes[i + 1]!.type !== 'footnote' && nodes[i + 1]!.type !== 'targetAnchor') {
      const next = renderBlock(nodes[i + 1]!, st);
      const root = next[0];
      if (root?.type === 'element') {
        // As Sphinx writes a label's target: the element that follows takes the (last) id, earlier ones open its
        // content as spans; an element with an id of its own (a titled table) gets the spans just before it.
        if (root.tagName === 'figure' && root.properties.id !== undefined) {
          // Sphinx writes a captioned figure's label targets as spans opening the figure.
          root.children.splice(1, 0, ...node.ids.map((id) => h('span', { id })));
        } else if (root.properties.id === undefined) {
          root.properties.id = node.ids[node.ids.length - 1];
          root.children.unshift(...node.ids.slice(0, -1).map((id) => h('span', { id })));
        } else {
          out.push(...renderTargetAnchor(node));
        }
        out.push(...next, text('\n'));
        i++;
        continue;
      }
    }
    const rendered = renderBlock(node, st);
    if (rendered.length === 0) continue;
    out.push(...rendered);
    const lone = compact && nodes.length === 1 && node.type === 'paragraph';
    if (!lone) out.push(text('\n'));
  }
  return out;
}

function renderBlock(node: DocBlock, st: BlockState): ElementContent[] {
  switch (node.type) {
    case 'section':
      return [renderSection(node, st)];
    case 'contents':
      return renderContents(node, st);
    case 'sectnumMarker':
      return [];
    case 'operation':
      return renderOperation(node, st);
    case 'parameterTable':
      return [renderParameterTable(node, st)];
    case 'statusTable':
      return [renderStatusTable(node, st)];
    case 'expandAll':
      return [renderExpandAll(node)];
    case 'admonition':
      return [renderAdmonition(node, st)];
    case 'versionModified':
      return [renderVersionModified(node, st)];
    case 'codeBlock':
      return [renderCodeBlock(node, st.ctx)];
    case 'literalBlock':
      return [renderLiteralBlock(node.value, 'default')];
    case 'doctestBlock':
      return [renderLiteralBlock(node.value, 'pycon')];
    case 'toctree':
      return renderToctree(node, st);
    case 'rawBlock':
      return renderRaw(node, st);
    case 'placeholder':
      return [renderPlaceholder(node)];
    case 'footnote':
      return [renderFootnotes([node], st)];
    case 'targetAnchor':
      return renderTargetAnchor(node);
    case 'table':
      return [renderTable(node, st)];
    case 'paragraph':
      return [renderParagraph(node, st)];
    case 'bulletList':
      return [renderBulletList(node, st)];
    case 'enumeratedList':
      return [renderEnumeratedList(node, st)];
    case 'definitionList':
      return [renderDefinitionList(node, st)];
    case 'fieldList':
      return [renderFieldList(node, st)];
    case 'blockQuote':
      return [renderBlockQuote(node, st)];
    case 'lineBlock':
      return [renderLineBlock(node, st)];
    case 'rubric':
      return [renderRubric(node, st)];
    case 'transition':
      return [renderTransition()];
    case 'image':
      return [renderImage(node)];
    case 'figure':
      return [renderFigure(node, st)];
    default:
      return [];
  }
}
