"""PolicyQARetriever on the real bundled index, and in a real LCEL chain.

The chat model is langchain_core's ParrotFakeChatModel (it answers with the last message it was
sent): no chat model ships offline, and a parrot shows exactly what the chain put in the prompt."""
from __future__ import annotations

import asyncio

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import ParrotFakeChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnablePassthrough

from server.langchain_retriever import PolicyQARetriever, format_passages
from server.service import UnknownFilter

QUESTION = "巴南区2025年在园幼儿数目标是多少？"
BANAN = "banan-education-plan-2021"
RONGCHANG = "rongchang-self-evaluation"


def test_documents_carry_the_passage_and_where_it_is(index):
    docs = PolicyQARetriever(index=index, k=5).invoke(QUESTION)
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)
    top = docs[0]
    assert top.metadata["doc_id"] == BANAN and "4.85" in top.page_content
    assert top.metadata["table_row"].endswith("2020: 3.63; 2025: 4.85; 屬性: 預期性")
    for d in docs:
        m = d.metadata
        assert {"doc_id", "chunk_id", "title", "section", "start", "end", "score"} <= set(m)
        assert d.id == m["chunk_id"] and m["title"] == index.documents[m["doc_id"]].meta.title
        assert index.documents[m["doc_id"]].text[m["start"]:m["end"]] == d.page_content  # citable offsets
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)


def test_hybrid_retrieval_is_the_services(index):
    """The same passages, in the same order, as the path `policyqa ask` takes."""
    from server.query import analyse
    from server.service import service_for

    service = service_for(index)
    query = analyse(QUESTION, service.catalog)
    expected = [h.chunk.chunk_id for h in service.search(query, service.scope(query, None))[:8]]
    assert [d.id for d in PolicyQARetriever(index=index, k=8).invoke(QUESTION)] == expected


def test_region_and_document_filters(index):
    question = "教师交流轮岗的比例是多少？"
    assert {d.metadata["doc_id"] for d in PolicyQARetriever(index=index, k=8).invoke(question)} != {RONGCHANG}
    by_region = PolicyQARetriever(index=index, k=8, regions=["荣昌"]).invoke(question)
    by_doc = PolicyQARetriever(index=index, k=8, doc_ids=[RONGCHANG]).invoke(question)
    assert by_region and {d.metadata["doc_id"] for d in by_region} == {RONGCHANG}
    assert [d.id for d in by_doc] == [d.id for d in by_region]
    # a question about another region inside a filter that excludes it finds nothing, rather than the wrong place
    assert PolicyQARetriever(index=index, regions=["荣昌区"]).invoke(QUESTION) == []
    with pytest.raises(UnknownFilter, match="火星区"):
        PolicyQARetriever(index=index, regions=["火星区"]).invoke(QUESTION)
    with pytest.raises(ValueError):
        PolicyQARetriever(index=index, k=0)


def test_lcel_chain_end_to_end(index):
    retriever = PolicyQARetriever(index=index, k=3)
    prompt = ChatPromptTemplate.from_messages([
        ("system", "只根据资料回答，并用 [编号] 标明出处。"),
        ("human", "资料：\n{context}\n\n问题：{question}"),
    ])
    chain = {"context": retriever | format_passages, "question": RunnablePassthrough()} | prompt \
        | ParrotFakeChatModel() | StrOutputParser()
    answer = chain.invoke(QUESTION)
    assert answer.startswith("资料：\n[1] 重慶市巴南區教育事業發展“十四五”規劃")
    assert answer.endswith(f"问题：{QUESTION}")
    assert "2025: 4.85" in answer and "[3]" in answer and "[4]" not in answer
    first, second = chain.batch([QUESTION, "荣昌区教师交流轮岗比例"])
    assert first == answer
    rongchang, banan = index.documents[RONGCHANG].meta.title, index.documents[BANAN].meta.title
    assert second.count(f"] {rongchang} > ") == 3 and banan not in second  # the region named narrows it


def test_async_and_default_index(built_index_dir):
    """Without `index` it serves the current build of POLICYQA_DATA_DIR; ainvoke works too."""
    retriever = PolicyQARetriever(k=2)
    docs = asyncio.run(retriever.ainvoke(QUESTION))
    assert [d.metadata["doc_id"] for d in docs] == [BANAN, BANAN] and "4.85" in docs[0].page_content
