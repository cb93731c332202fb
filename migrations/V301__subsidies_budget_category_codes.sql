-- The 区分 of a budget line is stored by code (OWN_FUNDS, HONORARIA …); the words come from the
-- message bundle (sub.budget.category.*). Lines written before keep their meaning.
UPDATE sub_budget_line SET category = CASE category
    WHEN '自己資金' THEN 'OWN_FUNDS'
    WHEN '会費' THEN 'MEMBERSHIP_FEES'
    WHEN '参加費' THEN 'PARTICIPATION_FEES'
    WHEN '協賛金・寄付金' THEN 'SPONSORSHIP'
    WHEN '報償費' THEN 'HONORARIA'
    WHEN '旅費' THEN 'TRAVEL'
    WHEN '消耗品費' THEN 'SUPPLIES'
    WHEN '印刷製本費' THEN 'PRINTING'
    WHEN '通信運搬費' THEN 'POSTAGE'
    WHEN '使用料及び賃借料' THEN 'RENTAL'
    WHEN '委託料' THEN 'COMMISSIONS'
    WHEN '保険料' THEN 'INSURANCE'
    WHEN '食糧費' THEN 'FOOD'
    ELSE 'OTHER' END;
