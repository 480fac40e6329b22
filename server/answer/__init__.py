"""Extractive answers: the direct answer first, every claim cited, or an explicit abstention.

Nothing here writes a number of its own: values are table cells or quantities found in a
sentence, quoted as published; computed figures come from figures.compute with their
formula. When the evidence does not carry the question's key terms, year or region, the
answer is "文件中未找到…" with at most a few passages marked 相关但不能回答.

Each answer strategy is a small handler (server/answer/base.py `Handler`); the composer
(server/answer/compose.py) tries them in a declared order.
"""
from server.answer.compose import Composer
from server.answer.draft import CitationBook, Draft

__all__ = ["CitationBook", "Composer", "Draft"]
