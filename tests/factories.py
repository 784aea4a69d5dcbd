"""Small workspaces built in code, for tests that should not depend on files."""

from workbench.domain import Workspace, WorkspaceInfo
from workbench.domain import entities as e


def make_workspace(vendor_count: int = 3) -> Workspace:
    ws = Workspace(WorkspaceInfo(title="测试工作区 Test workspace", origin="", dataset_name="test"))
    ws.replace_table("sources", [
        e.Source("s1", "前瞻产业研究院", "多模态大模型行业报告", "2025-04", "seed 000", confidence="medium"),
        e.Source("s2", "Analyst", "Analyst assessment", confidence="low", note="our own judgement"),
    ])
    ws.replace_table("settings", [e.Setting("tier_rule", "rank")])
    names = [("百度", "Baidu", "110000"), ("阿里巴巴", "Alibaba", "330000"), ("腾讯", "Tencent", "440000")]
    vendors = []
    for i in range(vendor_count):
        zh, en, province = names[i % len(names)]
        suffix = "" if i < len(names) else f" {i}"
        vendors.append(e.Vendor(f"v{i}", zh + suffix, en + suffix, province, "", "", "", "", "s1"))
    ws.replace_table("vendors", vendors)
    ws.replace_table("dimensions", [
        e.Dimension("compute", "算力能级", "Compute level", 60.0),
        e.Dimension("model", "模型能力", "Model capability", 40.0),
    ])
    ws.replace_table("scores", [
        e.Score(v.vendor_id, d, float(max(90 - 10 * i, 0)), "assessment", "s2")  # inside 0-100
        for i, v in enumerate(vendors) for d in ("compute", "model")
    ])
    ws.replace_table("tiers", [
        e.Tier(t, f"第{'一二三四'[t - 1]}梯队", f"Tier {t}", color, min_score, last_rank)
        for t, color, min_score, last_rank in [
            (1, "#1b9e77", 80.0, 1), (2, "#d95f02", 65.0, 2), (3, "#7570b3", 50.0, 3), (4, "#e7298a", 0.0, 20)]
    ])
    ws.replace_table("metrics", [e.Metric("genai_filings", "生成式AI服务备案", "Gen-AI filings", "filings", "2025-03", 327.0, "s1")])
    ws.replace_table("province_values", [
        e.ProvinceValue("genai_filings", "110000", 105.0, "reported", "s1"),
        e.ProvinceValue("genai_filings", "310000", 66.0, "reported", "s1"),
        e.ProvinceValue("genai_filings", "440000", 39.0, "reported", "s1"),
        e.ProvinceValue("genai_filings", "650000", None, "reported", "s1"),
    ])
    ws.replace_table("revenue_mix", [
        e.RevenueMix("v0", "cloud_giant", None, 0.12, None, "初步估计 preliminary", "estimate", "s1"),
    ])
    ws.replace_table("market_definitions", [
        e.MarketDefinition("platform", "大模型平台市场", "LLM platform market", "revenue", "2023", "cny_bn", 1.765, "s1"),
        e.MarketDefinition("tenders", "中标项目数", "Tender wins by count", "projects", "2024", "projects", 1520.0, "s1"),
    ])
    ws.replace_table("market_shares", [
        e.MarketShare("platform", "v0", 0.199, 0.35, 1, "reported", "s1"),
        e.MarketShare("platform", "v1", 0.16, None, 2, "reported", "s1"),
        e.MarketShare("tenders", "v0", None, 69.0, None, "reported", "s1"),
    ])
    ws.replace_table("analysis_entries", [
        e.AnalysisEntry("a1", "swot", "industry", "strength", "政策支持力度大", 4, 4, "", "s1"),
        e.AnalysisEntry("a2", "pest", "industry", "political", "生成式AI备案制度", 3, 5, "", "s1"),
    ])
    return ws
