FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# Dependencies first (from pyproject.toml) so code changes don't reinstall them.
COPY pyproject.toml README.md ./
COPY engine/__init__.py engine/__init__.py
COPY bots/__init__.py bots/__init__.py
COPY storage/__init__.py storage/__init__.py
COPY catalogue/__init__.py catalogue/__init__.py
RUN python -m pip install --upgrade pip && python -m pip install '.[postgres]'

COPY engine engine
COPY bots bots
COPY storage storage
COPY catalogue catalogue
RUN python -m pip install --no-deps '.[postgres]' \
    && useradd --create-home --uid 10001 interview \
    && mkdir -p /data && chown interview /data

USER interview
WORKDIR /data
ENV DATABASE_URL=sqlite:////data/interview_partner.db \
    HEALTH_PORT=8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bots", "health"]
CMD ["python", "-m", "bots", "run"]
